"""Which voice calls tickets on this PC, proven by a real rendering where the voice allows it.

espeak-ng (Linux) and Windows SAPI write the test call into a WAV file, which must hold
sound; Qt's voices (PySide6-Addons' QtTextToSpeech: OneCore voices on Windows) cannot
render to a file, so the line names the engine and the Chinese voice found.
"""

from __future__ import annotations

from pathlib import Path

from app.selfcheck.results import CheckFailed, Skipped

#: a WAV of a whole sentence is far larger than this; an empty or header-only file is not
MIN_WAV_BYTES = 1000


def probe_voice(announcer: str, work_dir: Path) -> str:
    """Which voice calls tickets; espeak-ng and SAPI must really render a Chinese call into a WAV."""
    from app.devices.announcer import announcement_text, find_backend

    if announcer == "off":
        raise Skipped("设置为不播报")
    backend, reasons = find_backend(announcer)
    if backend is None:
        tried = f"（{'；'.join(reasons)}）" if reasons else ""
        raise CheckFailed(
            "没有可用的中文语音，叫号将只显示不播报：Linux 请安装 espeak-ng，"
            f"Windows 请在“设置 → 时间和语言 → 语音”中添加中文语音{tried}"
        )
    sentence = announcement_text("A012", "05")
    render = getattr(backend, "render_wav", None)
    if render is None:
        return f"{backend.description}：有中文语音"
    wav = work_dir / "voice-check.wav"
    render("A012", "05", str(wav))
    size = wav.stat().st_size if wav.exists() else 0
    if size < MIN_WAV_BYTES:
        raise CheckFailed(f"{backend.description} 没有生成语音（{size} 字节）")
    return f"{backend.description}：试读“{sentence}”成功"
