"""Linux artifacts: a tarball of the app folder and a .deb built with ``dpkg-deb``.

The .deb installs the app folder under ``/opt/retro-editor`` with:

- ``/usr/bin/retro-editor``, a launcher script;
- ``/usr/share/applications/retro-editor.desktop`` (the id the app gives Qt, so windows match);
- hicolor icons: the SVG and PNGs of every size, for the app and for its project files;
- ``/usr/share/mime/packages/retro-editor.xml``: ``application/x-retro-project`` for ``*.retro``;
- ``/usr/share/metainfo/org.retroeditor.RetroEditor.metainfo.xml`` (AppStream).

The desktop, MIME and icon caches are refreshed by the triggers of desktop-file-utils,
shared-mime-info and the icon theme. The only maintainer scripts install (and remove) an
AppArmor profile where AppArmor 4 restricts user namespaces (Ubuntu 23.10+): without it the
web engine's sandbox cannot start there and the app would not open.
"""

from __future__ import annotations

import datetime
import platform
import re
import shutil
import subprocess
import tarfile
from pathlib import Path
from xml.etree import ElementTree

from icons import HICOLOR_SIZES

LINUX = Path(__file__).resolve().parent / "linux"
PACKAGE = "retro-editor"
METAINFO = "org.retroeditor.RetroEditor.metainfo.xml"
MIME_TYPE_ICON = "application-x-retro-project"
#: install and remove the AppArmor profile the web engine's sandbox needs on Ubuntu 23.10+
MAINTAINER_SCRIPTS = ("postinst", "postrm")
DEB_ARCH = {"x86_64": "amd64", "arm64": "arm64", "i686": "i386"}
#: glibc required when nothing in the bundle asks for more (Debian 10, Ubuntu 18.04)
MIN_GLIBC = (2, 28)
_GLIBC_RE = re.compile(rb"GLIBC_(\d+)\.(\d+)")
_ELF = b"\x7fELF"


def _log(message: str) -> None:
    print(f"build: {message}", flush=True)


def _tar_filter(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    return info


def build_tarball(app: Path, version: str, arch: str, dist: Path) -> Path:
    """``retro-editor-VERSION-linux-ARCH.tar.gz`` holding ``retro-editor-VERSION/``."""
    target = dist / f"{PACKAGE}-{version}-linux-{arch}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as archive:
        archive.add(app, arcname=f"{PACKAGE}-{version}", filter=_tar_filter)
    return target


def required_glibc(app: Path) -> str:
    """The highest ``GLIBC_x.y`` symbol version any ELF file of the app asks for."""
    best = MIN_GLIBC
    for path in app.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        with path.open("rb") as stream:
            if stream.read(4) != _ELF:
                continue
            data = stream.read()
        for major, minor in _GLIBC_RE.findall(data):
            best = max(best, (int(major), int(minor)))
    return f"{best[0]}.{best[1]}"


def check_xml(path: Path) -> None:
    """Raises ``xml.etree.ElementTree.ParseError`` unless the file is well-formed XML."""
    ElementTree.parse(path)


def validate_metadata(desktop: Path, metainfo: Path) -> None:
    """desktop-file-validate and ``appstreamcli validate`` when they are installed."""
    tools = {"desktop-file-validate": [str(desktop)],
             "appstreamcli": ["validate", "--no-net", str(metainfo)]}
    for tool, args in tools.items():
        if shutil.which(tool) is None:
            _log(f"note: {tool} is not installed; {Path(args[-1]).name} not validated")
            continue
        result = subprocess.run([tool, *args], capture_output=True, text=True)
        output = (result.stdout + result.stderr).strip()
        if result.returncode != 0:
            raise RuntimeError(f"{tool} rejects {Path(args[-1]).name}:\n{output}")
        _log(f"{tool}: {Path(args[-1]).name} is valid")


def _install(source: Path, target: Path, mode: int = 0o644) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    target.chmod(mode)


def _normalise_modes(root: Path) -> None:
    """Folders 755, executables 755, other files 644: the package's owner is root."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir() or path.stat().st_mode & 0o111:
            path.chmod(0o755)
        else:
            path.chmod(0o644)


def stage_deb_root(app: Path, version: str, icons: dict[str, Path], root: Path) -> None:
    """Lays out every installed file under ``root`` (without ``DEBIAN/``)."""
    share = root / "usr" / "share"
    shutil.copytree(app, root / "opt" / PACKAGE, symlinks=True)
    _install(LINUX / "retro-editor.sh", root / "usr" / "bin" / PACKAGE, 0o755)
    _install(LINUX / "retro-editor.desktop", share / "applications" / "retro-editor.desktop")
    _install(LINUX / "retro-editor-mime.xml", share / "mime" / "packages" / "retro-editor.xml")
    _install(LINUX / "copyright", share / "doc" / PACKAGE / "copyright")
    _install(LINUX / "apparmor-profile", share / PACKAGE / "apparmor" / PACKAGE)
    today = datetime.date.today().isoformat()
    metainfo = (LINUX / METAINFO).read_text(encoding="utf-8")
    metainfo = metainfo.replace("@VERSION@", version).replace("@DATE@", today)
    (share / "metainfo").mkdir(parents=True)
    (share / "metainfo" / METAINFO).write_text(metainfo, encoding="utf-8")
    hicolor = share / "icons" / "hicolor"
    for name, kind in ((PACKAGE, "apps"), (MIME_TYPE_ICON, "mimetypes")):
        _install(icons["svg"], hicolor / "scalable" / kind / f"{name}.svg")
        for size in HICOLOR_SIZES:
            _install(icons["png"] / f"{size}x{size}.png",
                     hicolor / f"{size}x{size}" / kind / f"{name}.png")
    _normalise_modes(root)


def write_control(app: Path, root: Path, version: str, arch: str) -> Path:
    installed_kib = sum(f.stat().st_size for f in root.rglob("*")
                        if f.is_file() and not f.is_symlink()) // 1024
    control = (LINUX / "control.in").read_text(encoding="utf-8")
    for key, value in {"VERSION": version, "ARCH": arch, "INSTALLED_SIZE": str(installed_kib),
                       "GLIBC": required_glibc(app)}.items():
        control = control.replace(f"@{key}@", value)
    debian = root / "DEBIAN"
    debian.mkdir(mode=0o755)
    (debian / "control").write_text(control, encoding="utf-8")
    (debian / "control").chmod(0o644)
    for script in MAINTAINER_SCRIPTS:
        _install(LINUX / script, debian / script, 0o755)
    return debian / "control"


def build_deb(app: Path, version: str, icons: dict[str, Path], dist: Path, work: Path) -> Path:
    """``retro-editor_VERSION_ARCH.deb`` (Debian's file naming)."""
    arch = DEB_ARCH.get(platform.machine().lower(), platform.machine().lower())
    if work.exists():
        shutil.rmtree(work)
    root = work / "root"
    root.mkdir(parents=True)
    stage_deb_root(app, version, icons, root)
    share = root / "usr" / "share"
    check_xml(share / "mime" / "packages" / "retro-editor.xml")
    check_xml(share / "metainfo" / METAINFO)
    validate_metadata(share / "applications" / "retro-editor.desktop",
                      share / "metainfo" / METAINFO)
    write_control(app, root, version.replace("-", "~"), arch)
    if shutil.which("dpkg-deb") is None:
        raise RuntimeError("dpkg-deb is not installed (Debian's dpkg package)")
    target = dist / f"{PACKAGE}_{version.replace('-', '~')}_{arch}.deb"
    # xz level 1: 1 minute here for 161 MB; the default level 6 takes 5 minutes for 142 MB.
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "-z1", "--build", str(root),
                    str(target)], check=True, stdout=subprocess.DEVNULL)
    return target
