"""What the standalone bundle is made of on each operating system: build.spec and dev.py read it from here.

Pure Python (no PyInstaller, no Qt), so tests/unit/test_packaging.py checks the choices for Windows and macOS on a
Linux machine. `platform` is a `sys.platform` value: "linux", "win32" or "darwin".

- Which Qt plugins go into the bundle (`keep_qt_plugin`): the window system plugin of that system, offscreen (the
  start-up check runs offscreen) and minimal, the image formats and the SVG icon engine the app uses, and on Linux
  what X11, Wayland, input methods and CUPS printing need. The rest of PySide6's plugins are left out.
- Where PySide6 puts Qt in the bundle (`qt_dir`), the executable's path in dist/ (`bundle_executable`), whether
  it opens a console (`console`) and its icon file (`icon_file`).
- The icon files themselves (`ico_file`, `icns_file`): containers around PNG images, written by `dev.py icons`.
"""

from __future__ import annotations

import struct

NAME = "empathy-ambassadors"   # the executable, the bundle folder, the .desktop file and the window's desktop name
PLATFORMS = ("linux", "win32", "darwin")

# Plugins by Qt's own name (no "lib", no extension), per plugin folder under PySide6's plugins/. None: every plugin
# of that folder. A folder not listed is left out whole (styles too: the app sets Fusion on every system, see
# app/ui/theme.py, so qwindowsvistastyle/qmodernwindowsstyle and qmacstyle are never loaded).
_EVERY_SYSTEM: dict[str, set[str] | None] = {
    "imageformats": {"qgif", "qico", "qjpeg", "qwebp", "qsvg"},
    "iconengines": None,   # qsvgicon: the toolbar and menu icons are SVG
}
_QT_PLUGINS: dict[str, dict[str, set[str] | None]] = {
    "linux": {
        "platforms": {"qxcb", "qwayland", "qoffscreen", "qminimal"},
        # gtk3 is left out: it would load the target's libgtk-3 against the build machine's bundled glib, cairo
        # and pango (a classic source of crashes), and costs ~8 MB. Qt's own style is used instead.
        "platformthemes": {"qxdgdesktopportal"},
        "platforminputcontexts": {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"},
        "xcbglintegrations": None,
        "wayland-decoration-client": None,
        "wayland-graphics-integration-client": None,
        "wayland-shell-integration": None,
        # Print… (app/ui/printing_qt.py): on Linux the printers come from CUPS through this plugin; without it the
        # print dialog offers only "print to file". (Windows and macOS printing is built into QtPrintSupport.)
        "printsupport": {"cupsprintersupport"},
    },
    "win32": {
        "platforms": {"qwindows", "qoffscreen", "qminimal"},   # not qdirect2d
    },
    "darwin": {
        "platforms": {"qcocoa", "qoffscreen", "qminimal"},
    },
}
# How each system names a plugin's file: libqxcb.so, qwindows.dll, libqcocoa.dylib.
_FILE_NAME = {"linux": ("lib", ".so"), "win32": ("", ".dll"), "darwin": ("lib", ".dylib")}


def system(platform: str) -> str:
    """The system's key in the tables here for a sys.platform value ("linux2" from older Pythons is "linux");
    ValueError for any other system, so a build there stops instead of making a bundle with no window plugin."""
    key = "linux" if platform.startswith("linux") else platform
    if key not in PLATFORMS:
        raise ValueError(f"no bundle recipe for platform {platform!r}; known: {', '.join(PLATFORMS)}")
    return key


def keep_qt_plugin(platform: str, path: str) -> bool:
    """Whether the bundle for `platform` keeps the Qt plugin at `path` under PySide6's plugins folder, e.g.
    "platforms/libqxcb.so", "platforms/qwindows.dll", "imageformats/libqsvg.dylib" (either slash)."""
    key = system(platform)
    folder, _, file_name = path.replace("\\", "/").rpartition("/")
    prefix, suffix = _FILE_NAME[key]
    if key == "win32":   # file names are not case-sensitive there
        folder, file_name = folder.lower(), file_name.lower()
    if not folder or not file_name.startswith(prefix) or not file_name.endswith(suffix):
        return False
    wanted = {**_EVERY_SYSTEM, **_QT_PLUGINS[key]}
    if folder not in wanted:
        return False
    names = wanted[folder]
    return names is None or file_name[len(prefix):-len(suffix)] in names


def qt_dir(platform: str) -> str:
    """Where PyInstaller puts Qt's plugins/, translations/ and qml/ in the bundle: PySide6's wheels keep them in
    PySide6/ on Windows and in PySide6/Qt/ elsewhere."""
    return "PySide6/" if system(platform) == "win32" else "PySide6/Qt/"


def console(platform: str) -> bool:
    """On Linux the executable stays a console program, so the command-line sub-commands print where they were
    typed (a desktop launcher opens no terminal for it either way). On Windows a console program would open a
    black console window beside the app's, and on macOS the app is an .app: both are windowed."""
    return system(platform) == "linux"


def icon_file(platform: str) -> str | None:
    """The executable's icon, relative to the checkout (Linux has none in the file: the .desktop entry names it)."""
    return {"win32": "assets/icons/app.ico", "darwin": "assets/icons/app.icns"}.get(system(platform))


def bundle_executable(platform: str) -> str:
    """The executable's path under dist/ after `pyinstaller build.spec`: the one-folder bundle's on Linux and
    Windows, the one inside the .app on macOS (which carries the same folder)."""
    key = system(platform)
    if key == "darwin":
        return f"{NAME}.app/Contents/MacOS/{NAME}"
    return f"{NAME}/{NAME}.exe" if key == "win32" else f"{NAME}/{NAME}"


# --- icon files ---------------------------------------------------------------------------------------------

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types with PNG data, as Apple's iconutil writes them: (type, pixels). The @2x ones are the same
# picture as the next size up.
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("ic11", 32), ("ic12", 64), ("ic07", 128), ("ic13", 256),
              ("ic08", 256), ("ic14", 512), ("ic09", 512), ("ic10", 1024))
ICNS_SIZES = tuple(sorted({size for _, size in ICNS_TYPES}))
_PNG = b"\x89PNG\r\n\x1a\n"


def _png_size(png: bytes) -> tuple[int, int]:
    if not png.startswith(_PNG) or png[12:16] != b"IHDR":
        raise ValueError("not a PNG image")
    return struct.unpack(">II", png[16:24])


def ico_file(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding each PNG image (pixels -> PNG bytes, square images of at most 256 px), the way
    Windows Vista and later (and Pillow, and PyInstaller's own conversion) store them."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    entries, data = b"", b""
    offset = len(header) + 16 * len(pngs)
    for size in sorted(pngs):
        png = pngs[size]
        if _png_size(png) != (size, size) or not 0 < size <= 256:
            raise ValueError(f"the {size} px image is not {size}x{size} or too large for an .ico")
        # width and height of 256 are written as 0; no palette; 1 plane; 32 bits per pixel
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(png), offset + len(data))
        data += png
    return header + entries + data


def icns_file(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding a PNG for each entry of ICNS_TYPES (pixels -> PNG bytes; every size in ICNS_SIZES).
    The format: "icns", the file's length, then per image its four-letter type, its length with this 8-byte
    header, and the PNG (big-endian)."""
    body = b""
    for kind, size in ICNS_TYPES:
        png = pngs[size]
        if _png_size(png) != (size, size):
            raise ValueError(f"the {size} px image is not {size}x{size}")
        body += kind.encode("ascii") + struct.pack(">I", 8 + len(png)) + png
    return b"icns" + struct.pack(">I", 8 + len(body)) + body
