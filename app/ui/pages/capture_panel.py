"""The 高拍仪/scanner panel of the intake page: live preview, the focused material's pages.

Keys (on the checklist, see :class:`app.ui.pages.checklist.ChecklistView`): ``P`` takes a
picture of the material in focus and moves to the next line, ``Shift+P`` takes another
page of the same material, ``S`` scans, ``R`` turns
the line's last page by 90°, ``Delete`` takes it out, ``5`` re-uses the applicant's
earlier capture of this material (offered here with its capture date). Capturing marks
the line 已收. Cropping, straightening and encoding run on the worker thread.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.devices.capture.camera import EmulatedCamera, qimage_to_pil
from app.devices.capture.imaging import crop_and_deskew, encode_page, thumbnail
from app.services.case_files import PageInfo, ReusableMaterial
from app.services.dto import CaseInfo, ChecklistLine
from app.ui.context import Services
from app.ui.ops import OpRunner, error_message
from app.ui.punctuation import paren

PREVIEW_SIZE = QSize(320, 240)
THUMB = 72


@dataclass(frozen=True)
class _Target:
    case_id: uuid.UUID
    line_id: uuid.UUID
    name: str


class CapturePanel(QGroupBox):
    """Capture for the checklist line in focus."""

    #: Fact: pages were added or changed; the case as it is now (the checklist follows).
    case_updated = Signal(object)

    def __init__(self, services: Services, ops: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.ops = ops
        self.camera = services.camera
        self.scanner = services.scanner
        self.files = services.case_files
        self.target: _Target | None = None
        self.pages: list[PageInfo] = []
        self.offers: list[ReusableMaterial] = []
        self._pending: list[_Target] = []

        self.preview = QLabel(self)
        self.preview.setFixedSize(PREVIEW_SIZE)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("background:#263238;color:#eceff1")
        self.preview.setWordWrap(True)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.line_label = QLabel(self)
        self.line_label.setWordWrap(True)
        self.reuse_label = QLabel(self)
        self.reuse_label.setWordWrap(True)
        self.reuse_label.setObjectName("Banner")
        self.reuse_label.hide()
        self.thumbs = QListWidget(self)
        self.thumbs.setViewMode(QListWidget.ViewMode.IconMode)
        self.thumbs.setFlow(QListWidget.Flow.LeftToRight)
        self.thumbs.setIconSize(QSize(THUMB, THUMB))
        self.thumbs.setFixedHeight(THUMB + 36)
        self.thumbs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)

        side = QVBoxLayout()
        side.addWidget(self.line_label)
        side.addWidget(self.thumbs)
        side.addWidget(self.reuse_label)
        side.addWidget(self.status_label)
        side.addWidget(self.hint)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.preview)
        layout.addLayout(side, 1)

        if self.camera is not None:
            self.camera.frame_ready.connect(self._on_camera_frame_ready)
            self.camera.captured.connect(self._on_camera_captured)
            self.camera.failed.connect(self._on_camera_failed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("材料采集（高拍仪/扫描仪）"))
        self.hint.setText(
            self.tr("P 拍照并下一项　Shift+P 再拍一页　S 扫描　R 旋转上一页　Del 删除上一页　5 复用旧材料")
        )
        if self.camera is None:
            self.preview.setText(self.tr("本窗口未配置高拍仪"))
        if self.files is None:
            self.status_label.setText(self.tr("本机未启用电子档案，材料只记录核验结果"))

    # -- life cycle -----------------------------------------------------------------

    def start_preview(self) -> None:
        if self.camera is not None and not self.camera.active:
            self.camera.start()

    def stop_preview(self) -> None:
        if self.camera is not None:
            self.camera.stop()

    def set_target(self, case: CaseInfo | None, line: ChecklistLine | None) -> None:
        """Follow the checklist row in focus."""
        self.target = _Target(case.id, line.id, line.name) if case is not None and line is not None else None
        self.line_label.setText(self.tr("当前材料：%1").replace("%1", line.name) if line is not None else "")
        self.pages = []
        self.refresh()

    def refresh(self) -> None:
        """Reload the pages and re-use offers of the line in focus."""
        target, files = self.target, self.files
        if target is None or files is None:
            self._show_pages([], [])
            return

        def load() -> tuple[list[PageInfo], list[tuple[uuid.UUID, bytes]], list[ReusableMaterial]]:
            pages = [p for p in files.pages(target.case_id) if p.line_id == target.line_id]
            thumbs = [(p.id, thumbnail(files.page_bytes(p.id), THUMB)) for p in pages]
            return pages, thumbs, files.reusable(target.case_id, target.line_id)

        def done(result: tuple[list[PageInfo], list[tuple[uuid.UUID, bytes]], list[ReusableMaterial]]) -> None:
            if self.target == target:
                self.pages, thumbs, self.offers = result
                self._show_pages(thumbs, self.offers)

        self.ops.run(load, done, self._on_failed)

    # -- actions ---------------------------------------------------------------------

    def act(self, case: CaseInfo, line: ChecklistLine, action: str) -> None:
        """A checklist key on ``line``: ``capture``, ``scan``, ``rotate``, ``remove`` or ``reuse``."""
        self.set_target(case, line)
        {
            "capture": self.capture,
            "scan": self.scan,
            "rotate": self.rotate_last,
            "remove": self.remove_last,
            "reuse": self.reuse,
        }[action]()

    def record_shared(self, case: CaseInfo, line: ChecklistLine, note: str) -> bool:
        """共享免提交: record the check (source, record, result, who, when); False without a file service."""
        files = self.files
        if files is None:
            return False
        who = case.applicant.id_masked or case.applicant.display_name

        def work() -> CaseInfo:
            files.record_shared_check(
                case.id,
                line.id,
                source=self.tr("政务数据共享平台"),
                reference=line.name + paren(who),
                result=note or self.tr("已核验，免提交"),
            )
            return self.services.intake.get(case.id)

        self.ops.run(work, self._on_stored, self._on_failed)
        return True

    def capture(self) -> bool:
        """Take a picture of the material in focus; False when no camera can."""
        if self.target is None or self.files is None:
            return False
        if self.camera is None:
            self._say(self.tr("本窗口未配置高拍仪，可按 S 用扫描仪"))
            return False
        self._pending.append(self.target)
        if isinstance(self.camera, EmulatedCamera):  # what lies under the emulated camera now
            self.camera.show_page(self.target.name, 1 + len(self.pages))
        self.camera.capture()
        self._say(self.tr("正在拍摄“%1”…").replace("%1", self.target.name))
        return True

    def scan(self) -> None:
        target, scanner, files = self.target, self.scanner, self.files
        if target is None or files is None:
            return
        if scanner is None:
            self._say(self.tr("本窗口未配置扫描仪"))
            return
        self._say(self.tr("正在扫描“%1”…").replace("%1", target.name))

        def work() -> CaseInfo:
            for image in scanner.scan():
                page = encode_page(crop_and_deskew(image))
                files.add_page(
                    target.case_id, target.line_id, page.data, width=page.width, height=page.height, source="scanner"
                )
            return self.services.intake.get(target.case_id)

        self.ops.run(work, self._on_stored, self._on_failed)

    def rotate_last(self) -> None:
        if not self.pages or self.files is None or self.target is None:
            return
        page, files, target = self.pages[-1], self.files, self.target
        self.ops.run(
            lambda: (files.rotate_page(page.id, 1), self.services.intake.get(target.case_id))[1],
            self._on_stored,
            self._on_failed,
        )

    def remove_last(self) -> None:
        if not self.pages or self.files is None or self.target is None:
            return
        page, files, target = self.pages[-1], self.files, self.target
        intake = self.services.intake

        def remove() -> CaseInfo:
            files.remove_page(page.id)
            return intake.get(target.case_id)

        self.ops.run(
            remove,
            self._on_stored,
            self._on_failed,
        )

    def reuse(self) -> None:
        if not self.offers or self.files is None or self.target is None:
            self._say(self.tr("该申请人没有可复用的此项材料"))
            return
        offer, files, target = self.offers[0], self.files, self.target
        self.ops.run(
            lambda: (files.reuse(target.case_id, target.line_id, offer), self.services.intake.get(target.case_id))[1],
            self._on_stored,
            self._on_failed,
        )

    # -- slots -----------------------------------------------------------------------------

    @Slot(QImage)
    def _on_camera_frame_ready(self, image: QImage) -> None:
        if self.isVisible():
            self.preview.setPixmap(
                QPixmap.fromImage(image).scaled(
                    PREVIEW_SIZE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation
                )
            )

    @Slot(QImage)
    def _on_camera_captured(self, image: QImage) -> None:
        if not self._pending or self.files is None:
            return
        target, files = self._pending.pop(0), self.files
        picture = qimage_to_pil(image)

        def work() -> CaseInfo:
            page = encode_page(crop_and_deskew(picture))
            files.add_page(target.case_id, target.line_id, page.data, width=page.width, height=page.height)
            return self.services.intake.get(target.case_id)

        self.ops.run(work, self._on_stored, self._on_failed)

    @Slot(str)
    def _on_camera_failed(self, reason: str) -> None:
        self._pending.clear()
        self.preview.setText(reason)
        self._say(reason)

    def _on_stored(self, case: CaseInfo) -> None:
        self._say(self.tr("已保存到电子档案"))
        self.case_updated.emit(case)
        self.refresh()

    def _on_failed(self, exc: BaseException) -> None:
        self._say(error_message(exc))

    # -- helpers -----------------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.status_label.setText(text)

    def _show_pages(self, thumbs: list[tuple[uuid.UUID, bytes]], offers: list[ReusableMaterial]) -> None:
        self.thumbs.clear()
        for number, (page_id, png) in enumerate(thumbs, start=1):
            pixmap = QPixmap()
            pixmap.loadFromData(png)
            item = QListWidgetItem(QIcon(pixmap), self.tr("第%1页").replace("%1", str(number)))
            item.setData(Qt.ItemDataRole.UserRole, page_id)
            self.thumbs.addItem(item)
        if offers:
            offer = offers[0]
            self.reuse_label.setText(
                self.tr("可复用：%1 采集的“%2”（办件 %3，有效至 %4，%5 页），按 5 复用")
                .replace("%1", offer.captured_on.isoformat())
                .replace("%2", offer.material_name)
                .replace("%3", offer.case_number)
                .replace("%4", offer.valid_until.isoformat())
                .replace("%5", str(len(offer.page_ids)))
            )
            self.reuse_label.show()
        else:
            self.reuse_label.hide()
