"""Starting the window: display check, translations, the single-instance lock, the main window."""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from desktop.core.clock import now_vn
from desktop.paths import resource_path

NO_DISPLAY_MESSAGE = (
    "motcua: không tìm thấy màn hình để mở cửa sổ (chưa có DISPLAY hoặc WAYLAND_DISPLAY).\n"
    "  • Trên máy có màn hình: đăng nhập vào phiên đồ họa rồi chạy lại motcua.\n"
    "  • Trên máy chủ không màn hình: chạy «xvfb-run motcua» hoặc "
    "«QT_QPA_PLATFORM=offscreen motcua».\n"
    "  • Các lệnh dòng lệnh vẫn dùng được, xem «motcua --help»."
)
ALREADY_RUNNING_MESSAGE = (
    "motcua đang mở với thư mục dữ liệu này; đã đưa cửa sổ đó lên trước."
)
LOCKED_MESSAGE = (
    "motcua: thư mục dữ liệu {path} đang được một cửa sổ motcua khác dùng, nhưng không liên lạc "
    "được với cửa sổ đó. Hãy đóng cửa sổ kia (hoặc khởi động lại máy) rồi mở lại."
)


def display_problem(environ: dict[str, str] | None = None, platform: str = sys.platform) -> bool:
    """True when Qt would abort for want of a screen: Linux with no X or Wayland display and no
    platform chosen explicitly. Checked before anything creates the QApplication."""
    env = os.environ if environ is None else environ
    if not platform.startswith("linux"):
        return False
    return not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY") or env.get("QT_QPA_PLATFORM"))


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha1(str(Path(data_dir).resolve()).encode("utf-8")).hexdigest()[:16]
    return f"motcua-{digest}"


class Translations:
    """Holds the installed translators so the language can change while the window is open."""

    def __init__(self, app) -> None:  # noqa: ANN001 - QApplication
        self._app = app
        self._installed: list = []

    def install(self, language: str) -> bool:
        from desktop.ui.qt import QLibraryInfo, QLocale, QTranslator

        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if language == "vi"
                                   else QLocale.Language.English))
        loaded = True
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        base = QTranslator(self._app)
        if base.load(f"qtbase_{language}", qt_dir):
            self._app.installTranslator(base)
            self._installed.append(base)
        ours = QTranslator(self._app)
        if ours.load(str(resource_path("i18n", f"motcua_{language}.qm"))):
            self._app.installTranslator(ours)
            self._installed.append(ours)
        else:
            loaded = False
        return loaded


def run(data_dir: Path, clock: Callable[[], datetime] = now_vn) -> int:
    if display_problem():
        sys.stderr.write(NO_DISPLAY_MESSAGE + "\n")
        return 3
    from desktop.ui.qt import QApplication, QLocalServer, QLocalSocket, QLockFile

    data_dir = Path(data_dir)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("motcua")
    app.setOrganizationName("motcua")
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        sys.stderr.write(f"motcua: không tạo được thư mục dữ liệu {data_dir}: {exc.strerror}\n")
        return 1
    lock = QLockFile(str(data_dir / "motcua.lock"))
    lock.setStaleLockTime(0)
    name = server_name(data_dir)
    if not lock.tryLock(200):
        socket = QLocalSocket()
        socket.connectToServer(name)
        if socket.waitForConnected(1000):
            socket.write(b"raise\n")
            socket.waitForBytesWritten(1000)
            socket.disconnectFromServer()
            print(ALREADY_RUNNING_MESSAGE)
            return 0
        sys.stderr.write(LOCKED_MESSAGE.format(path=data_dir) + "\n")
        return 1
    _install_crash_dialog(app)
    window, settings = open_window(app, data_dir, clock)
    server = QLocalServer()
    QLocalServer.removeServer(name)
    server.listen(name)
    server.newConnection.connect(lambda: _bring_forward(server, window))
    window.show()
    code = app.exec()
    settings.sync()
    server.close()
    lock.unlock()
    return code


def _install_crash_dialog(app) -> None:  # noqa: ANN001 - QApplication
    """From here on an unexpected error shows a plain message pointing at the log file, and the
    window keeps running. Installed only once this process is the one opening the window (a
    second launch that just raises the first one has nothing to protect)."""
    from desktop import logs
    from desktop.ui.crash import install_excepthook
    from desktop.ui.qt import QIcon

    install_excepthook(logs.current_log_file())
    app.setWindowIcon(QIcon(str(resource_path("icons", "motcua.png"))))


def ui_settings(data_dir: Path):  # noqa: ANN201 - QSettings
    """Window geometry, the last filters and the language live next to the data file, so two
    data directories (two communes, tests) never share them. The file is made 0600 before Qt
    first writes it (Qt keeps an existing file's mode when it rewrites it), like every other file
    motcua writes."""
    from desktop.paths import private_dir, private_file
    from desktop.ui.qt import QSettings

    path = Path(data_dir) / "motcua-ui.ini"
    try:
        private_dir(path.parent)  # first run: no folder yet
        private_file(path)
    except OSError:
        pass  # a folder we cannot write: opening the data file says so in words, not here
    return QSettings(str(path), QSettings.Format.IniFormat)


def open_window(app, data_dir: Path, clock: Callable[[], datetime] = now_vn,  # noqa: ANN001, ANN201
                sync_timing=None):  # noqa: ANN001 - desktop.ui.sync_runner.SyncTiming
    """The main window with its translations and background workers; used by tests too
    (``sync_timing`` shortens the automatic sender's waits)."""
    from desktop.ui.main_window import MainWindow
    from desktop.ui.tasks import Tasks

    settings = ui_settings(data_dir)
    language = str(settings.value("language", "vi"))
    translations = Translations(app)
    translations.install(language)
    tasks = Tasks(data_dir, clock)
    window = MainWindow(tasks, settings, language, sync_timing)
    tasks.setParent(window)

    def switch(new_language: str) -> None:
        settings.setValue("language", new_language)
        translations.install(new_language)
        window.retranslate(new_language)

    window.language_changed.connect(switch)
    window.translations = translations
    return window, settings


def _bring_forward(server, window) -> None:  # noqa: ANN001
    from desktop.ui.qt import Qt

    connection = server.nextPendingConnection()
    if connection is not None:
        connection.disconnected.connect(connection.deleteLater)
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
