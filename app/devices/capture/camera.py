"""The 高拍仪 (document camera): a UVC camera through Qt Multimedia, or an emulated one.

Both are a :class:`FrameSource`: ``frame_ready`` carries preview frames (QImage) to the
intake page, ``capture()`` asks for a still, delivered by ``captured`` on the GUI thread.
Qt Multimedia comes with PySide6-Addons; where it is missing (a slim install) the real
camera reports that in Chinese and the counter keeps working with a scanner, the
emulated camera, or paper.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PIL import Image
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QImage

from app.devices.capture.sample_pages import document_page, on_desk

if TYPE_CHECKING:  # QtMultimedia is imported only when a real camera opens (it may be absent)
    from PySide6.QtMultimedia import QCamera, QImageCapture, QMediaCaptureSession, QVideoSink

NO_MULTIMEDIA_ZH = "未安装 Qt 多媒体组件（PySide6-Addons），高拍仪不可用；可使用扫描仪"


def pil_to_qimage(image: Image.Image) -> QImage:
    rgb = image.convert("RGB")
    data = rgb.tobytes()
    return QImage(data, rgb.width, rgb.height, 3 * rgb.width, QImage.Format.Format_RGB888).copy()


def qimage_to_pil(image: QImage) -> Image.Image:
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = rgb.width(), rgb.height(), rgb.bytesPerLine()
    raw = bytes(rgb.constBits())[: stride * height]
    return Image.frombuffer("RGB", (width, height), raw, "raw", "RGB", stride, 1).copy()


def multimedia_available() -> bool:
    try:
        import PySide6.QtMultimedia  # noqa: F401
    except ImportError:
        return False
    return True


class FrameSource(QObject):
    """A camera as the intake page sees it."""

    #: a preview frame (scaled by the receiver)
    frame_ready = Signal(QImage)
    #: a still taken after ``capture()`` (full resolution)
    captured = Signal(QImage)
    #: the camera cannot be used: Chinese reason
    failed = Signal(str)

    title = "高拍仪"

    def start(self) -> None:
        """Begin the live preview."""

    def stop(self) -> None:
        """End the preview and release the camera."""

    def capture(self) -> None:
        """Take a still (answer: ``captured`` or ``failed``)."""

    @property
    def active(self) -> bool:
        return False


class QtCamera(FrameSource):
    """A UVC camera through QCamera, QMediaCaptureSession, QVideoSink and QImageCapture."""

    def __init__(self, device_name: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._device_name = device_name
        self._camera: QCamera | None = None
        self._session: QMediaCaptureSession | None = None
        self._capture: QImageCapture | None = None
        self._sink: QVideoSink | None = None
        self.title = "高拍仪"

    @property
    def active(self) -> bool:
        return self._camera is not None and self._camera.isActive()

    def start(self) -> None:
        try:
            from PySide6.QtMultimedia import QCamera, QImageCapture, QMediaCaptureSession, QMediaDevices, QVideoSink
        except ImportError:
            self.failed.emit(NO_MULTIMEDIA_ZH)
            return
        devices = QMediaDevices.videoInputs()
        chosen = next((d for d in devices if self._device_name and self._device_name in d.description()), None)
        if chosen is None and devices:
            chosen = QMediaDevices.defaultVideoInput()
        if chosen is None:
            self.failed.emit("未找到高拍仪（系统中没有摄像头设备），请检查 USB 连接")
            return
        self.title = f"高拍仪（{chosen.description()}）"
        self._camera = QCamera(chosen)
        self._session = QMediaCaptureSession()
        self._sink = QVideoSink()
        self._capture = QImageCapture()
        self._session.setCamera(self._camera)
        self._session.setVideoSink(self._sink)
        self._session.setImageCapture(self._capture)
        self._sink.videoFrameChanged.connect(lambda frame: self.frame_ready.emit(frame.toImage()))
        self._capture.imageCaptured.connect(lambda _id, image: self.captured.emit(image))
        self._capture.errorOccurred.connect(lambda _id, _err, text: self.failed.emit(f"高拍仪拍摄失败：{text}"))
        self._camera.errorOccurred.connect(lambda _err, text: self.failed.emit(f"高拍仪出错：{text}"))
        self._camera.start()

    def stop(self) -> None:
        if self._camera is not None:
            self._camera.stop()
        self._camera = self._session = self._capture = self._sink = None

    def capture(self) -> None:
        if self._capture is None or not self._capture.isReadyForCapture():
            self.failed.emit("高拍仪尚未就绪，请稍候再拍")
            return
        self._capture.capture()


class EmulatedCamera(FrameSource):
    """Test pages lying askew on a desk, at a few frames per second (tests, the demo)."""

    def __init__(self, parent: QObject | None = None, *, fps: float = 4.0, angle: float = 4.0) -> None:
        super().__init__(parent)
        self.title = "模拟高拍仪"
        self.angle = angle
        self._page_title = "模拟材料"
        self._page_no = 1
        self._frame: Image.Image | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(max(1, round(1000 / fps)))
        self._timer.timeout.connect(self._on_timer_timeout)
        #: stills delivered (tests)
        self.captures = 0

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def show_page(self, title: str, page_no: int = 1) -> None:
        """What lies under the camera now (the material the clerk is capturing)."""
        self._page_title, self._page_no, self._frame = title, page_no, None

    def frame(self) -> Image.Image:
        if self._frame is None:
            self._frame = on_desk(document_page(self._page_title, self._page_no), self.angle)
        return self._frame

    def start(self) -> None:
        self._timer.start()
        self._on_timer_timeout()

    def stop(self) -> None:
        self._timer.stop()

    def capture(self) -> None:
        self.captures += 1
        image = pil_to_qimage(self.frame())
        QTimer.singleShot(0, lambda: self.captured.emit(image))

    def _on_timer_timeout(self) -> None:
        preview = self.frame().copy()
        preview.thumbnail((480, 360))
        self.frame_ready.emit(pil_to_qimage(preview))
