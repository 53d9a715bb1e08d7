"""``admin central set|show|forget``: this window PC's central store URL, its password kept
in the keyring or a 0600 file (app/secret_store.py), never in settings.toml.

``set`` is also the window half of rotating a window's password (docs/security.md): the
center runs ``admin role create 02 --password NEW``, the window PC ``admin central set
postgresql+psycopg://window_02:NEW@center/hall``.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path
from typing import Any

from app.cli.common import WithStore, subcommands


def _settings_file(args: argparse.Namespace) -> Path:
    from app.settings import settings_path

    return Path(args.settings) if args.settings else settings_path()


def central_set(args: argparse.Namespace) -> int:
    from app import secret_store
    from app.domain.errors import ValidationError
    from app.logs import redact
    from app.settings import load_settings, save_settings

    url = args.url.strip()
    if not url.startswith("postgresql"):
        raise ValidationError("中心库地址应为 PostgreSQL 地址，如 postgresql+psycopg://window_02:密码@中心服务器/hall")
    path = _settings_file(args)
    split = secret_store.split_password(url)
    if split.password is None and secret_store.load_password(url, path.parent) is None:
        print("注意：地址中没有密码，本机也没有保存此角色的密码（仅适用于免密认证的服务器）")
    settings = load_settings(path)
    old = settings.central_url
    save_settings(replace(settings, central_url=url), path)
    if old and secret_store.secret_key(old) != secret_store.secret_key(url):
        secret_store.forget_password(old, path.parent)
    where = secret_store.load_password(split.url, path.parent) is not None
    print(f"已把中心库地址 {redact(split.url)} 写入 {path}")
    if split.password is not None and where:
        kept_in = secret_store.keyring_name() or f"仅本用户可读的文件 {path.parent / secret_store.SECRET_FILE_NAME}"
        print(f"密码保存在：{kept_in}")
    return 0


def central_show(args: argparse.Namespace) -> int:
    from app import secret_store
    from app.settings import load_settings

    path = _settings_file(args)
    settings = load_settings(path)
    if not settings.central_url:
        print("本机未设置中心库（单机模式）")
        return 0
    split = secret_store.split_password(settings.central_url)
    print(f"中心库地址：{split.url}")
    if split.password is None:
        print("密码：未保存")
    else:
        kept = secret_store.keyring_name() or f"仅本用户可读的文件 {path.parent / secret_store.SECRET_FILE_NAME}"
        print(f"密码：已保存（{kept}）")
    return 0


def central_forget(args: argparse.Namespace) -> int:
    from app import secret_store
    from app.settings import load_settings

    path = _settings_file(args)
    settings = load_settings(path)
    if settings.central_url:
        secret_store.forget_password(settings.central_url, path.parent)
    print("已删除本机保存的中心库密码")
    return 0


def register(admin_sub: Any, with_store: WithStore) -> None:
    """Add ``central set|show|forget`` to ``admin``."""
    cs = subcommands(admin_sub.add_parser("central", help="本机的中心库地址与密码（密钥环）"), "central_command")
    for name, handler, text in (
        ("set", central_set, "设置中心库地址，密码存入系统密钥环或仅本用户可读的文件"),
        ("show", central_show, "显示中心库地址与密码保存位置（不显示密码）"),
        ("forget", central_forget, "删除本机保存的中心库密码"),
    ):
        p = cs.add_parser(name, help=text)
        if name == "set":
            p.add_argument("url", help="postgresql+psycopg://角色:密码@服务器/库名")
        p.add_argument("--settings", metavar="FILE", help="设置文件（默认：本机的 settings.toml）")
        p.set_defaults(handler=handler)
