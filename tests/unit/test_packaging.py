"""The bundle's recipe per operating system (app/devtools/bundle_plugins.py, which build.spec and dev.py read),
checked here on Linux for all three systems: the Qt plugins kept, over the real file names PySide6-Essentials
6.11.3 ships on each (its plugins/ folder in the Linux, Windows and macOS wheels); the executable, console and
icon; the icon files' containers; the Linux desktop entry."""

from __future__ import annotations

import configparser
import struct
import zlib
from pathlib import Path

import pytest

from app import APP_NAME
from app.devtools.bundle_plugins import (
    ICNS_SIZES,
    ICNS_TYPES,
    ICO_SIZES,
    NAME,
    bundle_executable,
    console,
    icns_file,
    ico_file,
    icon_file,
    keep_qt_plugin,
    qt_dir,
    system,
)

ROOT = Path(__file__).resolve().parents[2]


def _listed(text: str) -> list[str]:
    return text.split()


# Every file under PySide6's plugins folder, as the wheels ship it (PySide6/Qt/plugins on Linux and macOS,
# PySide6/plugins on Windows).
LINUX = _listed("""
designer/libPySidePlugin.so designer/libqquickwidget.so designer/libqwebengineview.so
egldeviceintegrations/libqeglfs-emu-integration.so egldeviceintegrations/libqeglfs-kms-egldevice-integration.so
egldeviceintegrations/libqeglfs-kms-integration.so egldeviceintegrations/libqeglfs-x11-integration.so
generic/libqevdevkeyboardplugin.so generic/libqevdevmouseplugin.so generic/libqevdevtabletplugin.so
generic/libqevdevtouchplugin.so generic/libqtuiotouchplugin.so iconengines/libqsvgicon.so imageformats/libqgif.so
imageformats/libqicns.so imageformats/libqico.so imageformats/libqjpeg.so imageformats/libqpdf.so
imageformats/libqsvg.so imageformats/libqtga.so imageformats/libqtiff.so imageformats/libqwbmp.so
imageformats/libqwebp.so networkinformation/libqconnman.so networkinformation/libqglib.so
networkinformation/libqnetworkmanager.so platforminputcontexts/libcomposeplatforminputcontextplugin.so
platforminputcontexts/libibusplatforminputcontextplugin.so platforminputcontexts/libqtvirtualkeyboardplugin.so
platforms/libqeglfs.so platforms/libqlinuxfb.so platforms/libqminimal.so platforms/libqminimalegl.so
platforms/libqoffscreen.so platforms/libqvkkhrdisplay.so platforms/libqvnc.so platforms/libqwayland.so
platforms/libqxcb.so platformthemes/libqgtk3.so platformthemes/libqxdgdesktopportal.so
printsupport/libcupsprintersupport.so qmllint/libqdslintplugin.so qmllint/libquicklintplugin.so
qmltooling/libqmldbg_debugger.so qmltooling/libqmldbg_inspector.so qmltooling/libqmldbg_local.so
qmltooling/libqmldbg_messages.so qmltooling/libqmldbg_native.so qmltooling/libqmldbg_nativedebugger.so
qmltooling/libqmldbg_preview.so qmltooling/libqmldbg_profiler.so qmltooling/libqmldbg_quick3dprofiler.so
qmltooling/libqmldbg_quickeventreplay.so qmltooling/libqmldbg_quickprofiler.so qmltooling/libqmldbg_server.so
qmltooling/libqmldbg_tcp.so sqldrivers/libqsqlibase.so sqldrivers/libqsqlite.so sqldrivers/libqsqlmimer.so
sqldrivers/libqsqlmysql.so sqldrivers/libqsqloci.so sqldrivers/libqsqlodbc.so sqldrivers/libqsqlpsql.so
tls/libqcertonlybackend.so tls/libqopensslbackend.so vectorimageformats/libqlottievectorimage.so
wayland-decoration-client/libadwaita.so wayland-decoration-client/libbradient.so
wayland-graphics-integration-client/libdmabuf-server.so wayland-graphics-integration-client/libdrm-egl-server.so
wayland-graphics-integration-client/libqt-plugin-wayland-egl.so
wayland-graphics-integration-client/libshm-emulation-server.so
wayland-graphics-integration-client/libvulkan-server.so
wayland-graphics-integration-server/libqt-wayland-compositor-dmabuf-server-buffer.so
wayland-graphics-integration-server/libqt-wayland-compositor-drm-egl-server-buffer.so
wayland-graphics-integration-server/libqt-wayland-compositor-shm-emulation-server.so
wayland-graphics-integration-server/libqt-wayland-compositor-vulkan-server.so
wayland-graphics-integration-server/libqt-wayland-compositor-wayland-egl.so
wayland-graphics-integration-server/libqt-wayland-compositor-wayland-eglstream-controller.so
wayland-shell-integration/libfullscreen-shell-v1.so wayland-shell-integration/libivi-shell.so
wayland-shell-integration/libqt-shell.so wayland-shell-integration/libwl-shell-plugin.so
wayland-shell-integration/libxdg-shell.so xcbglintegrations/libqxcb-egl-integration.so
xcbglintegrations/libqxcb-glx-integration.so
""")

WINDOWS = _listed("""
designer/PySidePlugin.dll designer/qaxwidget.dll designer/qquickwidget.dll designer/qwebengineview.dll
generic/qtuiotouchplugin.dll iconengines/qsvgicon.dll imageformats/qgif.dll imageformats/qicns.dll
imageformats/qico.dll imageformats/qjpeg.dll imageformats/qpdf.dll imageformats/qsvg.dll imageformats/qtga.dll
imageformats/qtiff.dll imageformats/qwbmp.dll imageformats/qwebp.dll networkinformation/qnetworklistmanager.dll
platforminputcontexts/qtvirtualkeyboardplugin.dll platforms/qdirect2d.dll platforms/qminimal.dll
platforms/qoffscreen.dll platforms/qwindows.dll qmllint/qdslintplugin.dll qmllint/quicklintplugin.dll
qmltooling/qmldbg_debugger.dll qmltooling/qmldbg_inspector.dll qmltooling/qmldbg_local.dll
qmltooling/qmldbg_messages.dll qmltooling/qmldbg_native.dll qmltooling/qmldbg_nativedebugger.dll
qmltooling/qmldbg_preview.dll qmltooling/qmldbg_profiler.dll qmltooling/qmldbg_quick3dprofiler.dll
qmltooling/qmldbg_quickeventreplay.dll qmltooling/qmldbg_quickprofiler.dll qmltooling/qmldbg_server.dll
qmltooling/qmldbg_tcp.dll sqldrivers/qsqlibase.dll sqldrivers/qsqlite.dll sqldrivers/qsqlmimer.dll
sqldrivers/qsqloci.dll sqldrivers/qsqlodbc.dll sqldrivers/qsqlpsql.dll styles/qmodernwindowsstyle.dll
tls/qcertonlybackend.dll tls/qopensslbackend.dll tls/qschannelbackend.dll vectorimageformats/qlottievectorimage.dll
""")

MACOS = _listed("""
designer/libPySidePlugin.dylib designer/libqquickwidget.dylib designer/libqwebengineview.dylib
generic/libqtuiotouchplugin.dylib iconengines/libqsvgicon.dylib imageformats/libqgif.dylib
imageformats/libqicns.dylib imageformats/libqico.dylib imageformats/libqjpeg.dylib imageformats/libqmacheif.dylib
imageformats/libqmacjp2.dylib imageformats/libqpdf.dylib imageformats/libqsvg.dylib imageformats/libqtga.dylib
imageformats/libqtiff.dylib imageformats/libqwbmp.dylib imageformats/libqwebp.dylib
networkinformation/libqapplenetworkinformation.dylib platforminputcontexts/libqtvirtualkeyboardplugin.dylib
platforms/libqcocoa.dylib platforms/libqminimal.dylib platforms/libqoffscreen.dylib qmllint/libqdslintplugin.dylib
qmllint/libquicklintplugin.dylib qmltooling/libqmldbg_debugger.dylib qmltooling/libqmldbg_inspector.dylib
qmltooling/libqmldbg_local.dylib qmltooling/libqmldbg_messages.dylib qmltooling/libqmldbg_native.dylib
qmltooling/libqmldbg_nativedebugger.dylib qmltooling/libqmldbg_preview.dylib qmltooling/libqmldbg_profiler.dylib
qmltooling/libqmldbg_quick3dprofiler.dylib qmltooling/libqmldbg_quickeventreplay.dylib
qmltooling/libqmldbg_quickprofiler.dylib qmltooling/libqmldbg_server.dylib qmltooling/libqmldbg_tcp.dylib
sqldrivers/libqsqlite.dylib sqldrivers/libqsqlmimer.dylib sqldrivers/libqsqlodbc.dylib sqldrivers/libqsqlpsql.dylib
styles/libqmacstyle.dylib tls/libqcertonlybackend.dylib tls/libqopensslbackend.dylib
tls/libqsecuretransportbackend.dylib vectorimageformats/libqlottievectorimage.dylib
""")

SHIPPED = {"linux": LINUX, "win32": WINDOWS, "darwin": MACOS}

# What each bundle keeps. Linux: exactly what build.spec kept before it served three systems (the 184 MB bundle).
KEPT = {
    "linux": {
        "platforms/libqxcb.so", "platforms/libqwayland.so", "platforms/libqoffscreen.so", "platforms/libqminimal.so",
        "platformthemes/libqxdgdesktopportal.so",
        "platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "platforminputcontexts/libibusplatforminputcontextplugin.so",
        "xcbglintegrations/libqxcb-egl-integration.so", "xcbglintegrations/libqxcb-glx-integration.so",
        "wayland-decoration-client/libadwaita.so", "wayland-decoration-client/libbradient.so",
        "wayland-graphics-integration-client/libdmabuf-server.so",
        "wayland-graphics-integration-client/libdrm-egl-server.so",
        "wayland-graphics-integration-client/libqt-plugin-wayland-egl.so",
        "wayland-graphics-integration-client/libshm-emulation-server.so",
        "wayland-graphics-integration-client/libvulkan-server.so",
        "wayland-shell-integration/libfullscreen-shell-v1.so", "wayland-shell-integration/libivi-shell.so",
        "wayland-shell-integration/libqt-shell.so", "wayland-shell-integration/libwl-shell-plugin.so",
        "wayland-shell-integration/libxdg-shell.so",
        "imageformats/libqgif.so", "imageformats/libqico.so", "imageformats/libqjpeg.so", "imageformats/libqwebp.so",
        "imageformats/libqsvg.so",
        "iconengines/libqsvgicon.so",
        "printsupport/libcupsprintersupport.so",
    },
    "win32": {
        "platforms/qwindows.dll", "platforms/qoffscreen.dll", "platforms/qminimal.dll",
        "imageformats/qgif.dll", "imageformats/qico.dll", "imageformats/qjpeg.dll", "imageformats/qwebp.dll",
        "imageformats/qsvg.dll",
        "iconengines/qsvgicon.dll",
    },
    "darwin": {
        "platforms/libqcocoa.dylib", "platforms/libqoffscreen.dylib", "platforms/libqminimal.dylib",
        "imageformats/libqgif.dylib", "imageformats/libqico.dylib", "imageformats/libqjpeg.dylib",
        "imageformats/libqwebp.dylib", "imageformats/libqsvg.dylib",
        "iconengines/libqsvgicon.dylib",
    },
}
EVERY_NAME = sorted({name for names in SHIPPED.values() for name in names})


@pytest.mark.parametrize("platform", sorted(SHIPPED))
def test_each_system_keeps_exactly_its_plugins_of_what_pyside6_ships(platform: str) -> None:
    assert KEPT[platform] <= set(SHIPPED[platform])   # the expectation is about real files
    assert {name for name in SHIPPED[platform] if keep_qt_plugin(platform, name)} == KEPT[platform]


@pytest.mark.parametrize("platform", sorted(SHIPPED))
def test_no_system_keeps_another_systems_file(platform: str) -> None:
    suffix = {"linux": ".so", "win32": ".dll", "darwin": ".dylib"}[platform]
    kept = [name for name in EVERY_NAME if keep_qt_plugin(platform, name)]
    assert kept and all(name.endswith(suffix) for name in kept)
    assert set(kept) == KEPT[platform]


def test_the_window_system_plugin_is_the_systems_own() -> None:
    assert keep_qt_plugin("win32", "platforms/qwindows.dll")
    assert not keep_qt_plugin("linux", "platforms/qwindows.dll")
    assert not keep_qt_plugin("darwin", "platforms/qwindows.dll")
    assert keep_qt_plugin("linux", "platforms/libqxcb.so")
    assert keep_qt_plugin("linux", "platforms/libqwayland.so")
    assert not keep_qt_plugin("win32", "platforms/libqxcb.so")
    assert not keep_qt_plugin("darwin", "platforms/libqxcb.so")
    assert keep_qt_plugin("darwin", "platforms/libqcocoa.dylib")
    assert not keep_qt_plugin("linux", "platforms/libqcocoa.dylib")
    assert not keep_qt_plugin("win32", "platforms/libqcocoa.dylib")
    assert not keep_qt_plugin("win32", "platforms/qdirect2d.dll")


@pytest.mark.parametrize("platform", sorted(SHIPPED))
def test_every_bundle_can_start_offscreen_and_draw_its_icons(platform: str) -> None:
    """dev.py bundle's start-up check runs offscreen; the toolbar icons are SVG."""
    prefix, suffix = ("", ".dll") if platform == "win32" else ("lib", ".so" if platform == "linux" else ".dylib")
    for name in ("platforms/qoffscreen", "imageformats/qsvg", "iconengines/qsvgicon"):
        folder, _, stem = name.partition("/")
        assert keep_qt_plugin(platform, f"{folder}/{prefix}{stem}{suffix}"), name


def test_what_no_bundle_needs_is_left_out() -> None:
    for platform, names in SHIPPED.items():
        for name in names:
            if name.split("/")[0] in {"designer", "qmltooling", "qmllint", "sqldrivers", "tls", "networkinformation",
                                      "styles", "generic", "egldeviceintegrations", "vectorimageformats"}:
                assert not keep_qt_plugin(platform, name), (platform, name)
    assert not keep_qt_plugin("linux", "platformthemes/libqgtk3.so")
    assert not keep_qt_plugin("win32", "styles/qmodernwindowsstyle.dll")   # the app sets Fusion everywhere
    assert not keep_qt_plugin("darwin", "styles/libqmacstyle.dylib")
    assert not keep_qt_plugin("darwin", "imageformats/libqmacheif.dylib")


def test_odd_spellings_of_a_path() -> None:
    assert keep_qt_plugin("win32", "platforms\\qwindows.dll")   # PyInstaller's destinations use os.sep
    assert keep_qt_plugin("win32", "Platforms/QWindows.DLL")     # Windows file names ignore case
    assert not keep_qt_plugin("linux", "platforms/libqxcb.so.debug")
    assert not keep_qt_plugin("linux", "libqxcb.so")              # no folder
    assert not keep_qt_plugin("win32", "platforms/qwindowsd.dll")   # a debug build's plugin
    assert not keep_qt_plugin("linux", "platforms/darwin/libqxcb.so")
    assert keep_qt_plugin("linux2", "platforms/libqxcb.so")


def test_an_unknown_system_stops_the_build() -> None:
    for platform in ("freebsd14", "cygwin", "emscripten", ""):
        with pytest.raises(ValueError):
            keep_qt_plugin(platform, "platforms/libqxcb.so")
        with pytest.raises(ValueError):
            system(platform)


def test_where_qt_lives_in_each_bundle() -> None:
    assert qt_dir("linux") == "PySide6/Qt/"
    assert qt_dir("darwin") == "PySide6/Qt/"
    assert qt_dir("win32") == "PySide6/"


def test_executable_console_and_icon_per_system() -> None:
    assert bundle_executable("linux") == f"{NAME}/{NAME}"
    assert bundle_executable("win32") == f"{NAME}/{NAME}.exe"
    assert bundle_executable("darwin") == f"{NAME}.app/Contents/MacOS/{NAME}"
    assert console("linux") and not console("win32") and not console("darwin")
    assert icon_file("linux") is None
    assert icon_file("win32") == "assets/icons/app.ico"
    assert icon_file("darwin") == "assets/icons/app.icns"
    for platform in ("win32", "darwin"):
        assert (ROOT / icon_file(platform)).is_file()


# --- icon files -----------------------------------------------------------------------------------------------

def _png(size: int) -> bytes:
    """A real (grey, opaque) size×size PNG, made without Qt."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\0" + b"\x80" * size for _ in range(size))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def _ico_images(data: bytes) -> dict[int, bytes]:
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    images = {}
    for number in range(count):
        width, height, colours, zero, planes, bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * number: 22 + 16 * number])
        assert (colours, zero, planes, bits) == (0, 0, 1, 32)
        assert offset + length <= len(data)
        size = width or 256
        assert (width or 256) == (height or 256)
        images[size] = data[offset:offset + length]
    return images


def _icns_images(data: bytes) -> list[tuple[str, bytes]]:
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    images, at = [], 8
    while at < len(data):
        kind, length = data[at:at + 4].decode("ascii"), struct.unpack(">I", data[at + 4:at + 8])[0]
        assert length > 8 and at + length <= len(data)
        images.append((kind, data[at + 8:at + length]))
        at += length
    return images


def test_an_ico_holds_each_png_at_its_size() -> None:
    pngs = {size: _png(size) for size in ICO_SIZES}
    assert _ico_images(ico_file(pngs)) == pngs


def test_an_icns_holds_each_type_at_its_size() -> None:
    pngs = {size: _png(size) for size in ICNS_SIZES}
    assert _icns_images(icns_file(pngs)) == [(kind, pngs[size]) for kind, size in ICNS_TYPES]


def test_a_wrong_picture_is_refused() -> None:
    with pytest.raises(ValueError):
        ico_file({16: _png(32)})
    with pytest.raises(ValueError):
        ico_file({512: _png(512)})   # an .ico entry is at most 256 px
    with pytest.raises(ValueError):
        ico_file({16: b"GIF89a"})
    with pytest.raises(ValueError):
        icns_file({size: _png(16) for size in ICNS_SIZES})


def test_the_committed_icons_hold_every_size() -> None:
    """assets/icons/app.ico and app.icns as `python3 dev.py icons` wrote them: PNG images of every size."""
    ico = _ico_images((ROOT / "assets" / "icons" / "app.ico").read_bytes())
    assert sorted(ico) == list(ICO_SIZES)
    assert all(_png_size(png) == (size, size) for size, png in ico.items())
    icns = _icns_images((ROOT / "assets" / "icons" / "app.icns").read_bytes())
    assert [kind for kind, _ in icns] == [kind for kind, _ in ICNS_TYPES]
    assert all(_png_size(png) == (size, size) for (_, png), (_, size) in zip(icns, ICNS_TYPES, strict=True))


# --- the Linux desktop entry ----------------------------------------------------------------------------------

def test_the_desktop_entry_names_the_app_as_its_window_does() -> None:
    path = ROOT / "assets" / "linux" / f"{NAME}.desktop"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str   # keys are case-sensitive
    entry.read(path, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Name"] == APP_NAME
    assert desktop["Exec"].split()[0] == NAME
    assert desktop["Icon"] == NAME
    assert desktop["Terminal"] == "false"
    assert "Education" in desktop["Categories"].split(";")
    assert desktop["GenericName"] and desktop["Comment"]
    # Qt's X11 window class is the application's name (app/ui/launch.py sets it); Wayland's app id and the
    # X11 desktop-file hint are the desktop file's name, which the window sets too
    assert desktop["StartupWMClass"] == APP_NAME
    sources = "".join(path.read_text(encoding="utf-8") for path in (ROOT / "app").rglob("*.py"))
    assert f'setDesktopFileName("{NAME}")' in sources
