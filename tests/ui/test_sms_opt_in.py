"""短信通知 on the applicant form: off by default, only with a mobile number, Alt+M from the
keyboard, outside the designed Tab chain, and stored on the case through the intake."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from app.ui.pages.applicant_form import ApplicantForm


def test_the_sms_box_follows_the_phone_and_alt_m(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = ApplicantForm(lambda: date(2026, 9, 29))
    qtbot.addWidget(form)
    form.retranslate()
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow, timeout=3000)  # mnemonics act in the active window
    assert form.sms_box.text() == "短信通知 Alt+M"
    assert not form.sms_box.isEnabled() and not form.value().sms
    assert form.sms_box not in form.tab_chain()
    assert form.sms_box.focusPolicy() == Qt.FocusPolicy.ClickFocus
    form.fields["phone"].edit.setText("0838-3123456")  # a landline takes no SMS
    assert not form.sms_box.isEnabled()
    form.fields["phone"].edit.setText("13812345678")
    assert form.sms_box.isEnabled() and not form.sms_box.isChecked()
    form.fields["phone"].edit.setFocus()
    qtbot.keyClick(form.fields["phone"].edit, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert form.sms_box.isChecked() and form.value().sms is True
    form.fields["phone"].edit.setText("138")  # no longer a mobile number: not sent as ticked
    assert form.value().sms is False
