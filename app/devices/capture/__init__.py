"""Capturing materials: the 高拍仪 (a UVC camera, through Qt Multimedia) and scanners
(SANE on Linux, WIA on Windows) behind one small interface, page clean-up (rotate,
auto-crop, deskew, encoding by content) and emulated devices with test pages."""
