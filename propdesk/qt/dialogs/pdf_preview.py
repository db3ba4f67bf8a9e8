"""PDF preview inside the app (pages rendered by pypdfium2), printing through the system dialog,
and "open in the default viewer" as the fallback."""

from __future__ import annotations

import logging
import tempfile

from propdesk.core.errors import EnvironmentProblem

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QKeySequence, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from propdesk.qt import preferences, prompts
from propdesk.qt.desk import Desk

log = logging.getLogger(__name__)


PREVIEW_DPI = 96


def render_pages(pdf: bytes, dpi: float) -> list[QImage]:
    """Rasterise every page (QImage, so this may run on the worker thread; QPixmap may not)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    images = []
    try:
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
            data = bytes(bitmap.buffer)
            image = QImage(data, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888).copy()
            bitmap.close()
            images.append(image)
            page.close()
    finally:
        document.close()
    return images


class PdfPreviewDialog(QDialog):
    """Shows pages already rendered (``pages``, made off the GUI thread by the caller) or renders them."""

    def __init__(self, pdf: bytes, title: str, parent: QWidget | None = None, pages: list[QImage] | None = None,
                 desk: Desk | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.pdf = pdf
        self.desk = desk
        self.setWindowTitle(title)
        self.resize(QSize(860, 1000))
        pages_widget = QWidget()
        pages_layout = QVBoxLayout(pages_widget)
        pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.page_labels: list[QLabel] = []
        for image in pages if pages is not None else render_pages(pdf, PREVIEW_DPI):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setStyleSheet("background: white; border: 1px solid #bbb;")
            pages_layout.addWidget(label)
            self.page_labels.append(label)
        scroll = QScrollArea()
        scroll.setWidget(pages_widget)
        scroll.setWidgetResizable(True)
        scroll.setStyleSheet("QScrollArea { background: #e6e6e6; }")
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.setDefault(True)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.open_button = QPushButton(self.tr("Open in the default viewer"))
        self.close_button = QPushButton(self.tr("Close"))
        self.print_button.clicked.connect(self.on_print_clicked)
        self.save_button.clicked.connect(self.on_save_clicked)
        self.open_button.clicked.connect(self.on_open_clicked)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("%1 pages").replace("%1", str(len(self.page_labels)))))
        buttons.addStretch(1)
        for button in (self.print_button, self.save_button, self.open_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    def on_print_clicked(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        dpi = print_dpi(printer)
        if self.desk is None:
            print_pages(render_pages(self.pdf, dpi), printer)
            return
        # Rasterising pages at printer resolution takes seconds for a long list: do it on the worker.
        pdf = self.pdf
        self.print_button.setEnabled(False)

        def done(pages: list[QImage]) -> None:
            self.print_button.setEnabled(True)
            try:
                print_pages(pages, printer)
            except EnvironmentProblem as problem:
                prompts.show_exception(self, problem)

        def failed(exc: BaseException) -> None:
            self.print_button.setEnabled(True)
            prompts.show_exception(self, exc)

        self.desk.query(lambda _db: render_pages(pdf, dpi), done, failed)

    def on_save_clicked(self) -> None:
        path = preferences.ask_save_path(self, self.tr("Save as"), self.windowTitle() + ".pdf", "PDF (*.pdf)")
        if path is not None:
            path.write_bytes(self.pdf)

    def on_open_clicked(self) -> None:
        with tempfile.NamedTemporaryFile(prefix="propdesk-", suffix=".pdf", delete=False) as handle:
            handle.write(self.pdf)
        QDesktopServices.openUrl(QUrl.fromLocalFile(handle.name))


def print_dpi(printer: QPrinter) -> int:
    return min(printer.resolution(), 300)


def print_pdf(pdf: bytes, printer: QPrinter) -> None:
    """Rasterise each page at the printer's resolution (capped at 300 dpi) and print it."""
    print_pages(render_pages(pdf, print_dpi(printer)), printer)


def print_pages(pages: list[QImage], printer: QPrinter) -> None:
    """Paint rendered pages onto the printer, one sheet each."""
    painter = QPainter()
    if not painter.begin(printer):
        raise EnvironmentProblem(
            QCoreApplication.translate("print_pdf", "The printer cannot be reached."),
            QCoreApplication.translate("print_pdf", "Check that it is switched on and connected, or save the PDF."),
        )
    try:
        for index, image in enumerate(pages):
            if index:
                printer.newPage()
            target = painter.viewport()
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(target.x(), target.y(), scaled.width(), scaled.height())
            painter.setWindow(image.rect())
            painter.drawImage(0, 0, image)
            painter.setViewport(target)
    finally:
        painter.end()
