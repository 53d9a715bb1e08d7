"""Which voice calls tickets on this PC, proven by a real rendering where it can be."""

from __future__ import annotations

from pathlib import Path

from app.selfcheck.results import CheckFailed, Skipped


def probe_voice(announcer: str, work_dir: Path) -> str:
    """Which voice calls tickets; espeak-ng must really render a Chinese call into a WAV."""
    from app.devices.announcer import EspeakBackend, announcement_text, choose_backend

    if announcer == "off":
        raise Skipped("设置为不播报")
    backend = choose_backend(announcer)
    if backend is None:
        raise CheckFailed(
            "没有可用的中文语音，叫号将只显示不播报：Linux 请安装 espeak-ng，"
            "Windows 请在“设置 → 时间和语言 → 语音”中添加中文语音"
        )
    sentence = announcement_text("A012", "05")
    if isinstance(backend, EspeakBackend):
        wav = work_dir / "voice-check.wav"
        backend.render_wav("A012", "05", str(wav))
        size = wav.stat().st_size if wav.exists() else 0
        if size < 1000:
            raise CheckFailed(f"espeak-ng 没有生成语音（{size} 字节）")
        return f"espeak-ng（{backend.voice}）：试读“{sentence}”成功"
    return f"{getattr(backend, 'name', '系统语音')}：有中文语音"
