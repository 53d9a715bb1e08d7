"""``admin blobstore secret|show``: the object store's secret key of this PC, kept like the
central password (OS keyring or a 0600 file beside the settings), never in settings.toml.

``python -m app admin blobstore secret < 密钥文件`` (or typed at the prompt) stores the
secret for the ``[blob_store]`` group's endpoint, bucket and access key.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from app.cli.common import WithStore, subcommands


def _settings_file(args: argparse.Namespace) -> Path:
    from app.settings import settings_path

    return Path(args.settings) if args.settings else settings_path()


def blobstore_secret(args: argparse.Namespace) -> int:
    from app.domain.errors import ValidationError
    from app.settings import load_settings
    from app.sync.blob_s3 import config_of, save_secret

    path = _settings_file(args)
    config = config_of(load_settings(path).blob_store)
    secret = (sys.stdin.readline() if not sys.stdin.isatty() else getpass.getpass("对象存储密钥：")).strip()
    if not secret:
        raise ValidationError("没有输入密钥，未作任何改动")
    where = save_secret(config, secret, path.parent)
    print(f"已保存访问密钥 {config.access_key} 的对象存储密钥：{where}")
    return 0


def blobstore_show(args: argparse.Namespace) -> int:
    from app.settings import load_settings
    from app.sync.blob_s3 import config_of, read_secret

    path = _settings_file(args)
    group = load_settings(path).blob_store
    if not group.kind:
        print("材料文件保存在中心库（未配置对象存储）")
        return 0
    config = config_of(group)
    print(f"对象存储：{config.endpoint}  桶：{config.bucket}  前缀：{config.prefix}  访问密钥：{config.access_key}")
    try:
        read_secret(group.secret_key_file, config, path.parent)
        print("密钥：已保存")
    except Exception as exc:  # noqa: BLE001 - tell why, whatever it is
        print(f"密钥：{getattr(exc, 'message', exc)}")
    return 0


def register(admin_sub: Any, with_store: WithStore) -> None:
    """Add ``blobstore secret|show`` to ``admin``."""
    bs = subcommands(admin_sub.add_parser("blobstore", help="材料文件的对象存储（S3/MinIO）密钥"), "blobstore_command")
    for name, handler, text in (
        ("secret", blobstore_secret, "保存对象存储密钥到系统密钥环或仅本用户可读的文件（从标准输入读取）"),
        ("show", blobstore_show, "显示对象存储设置与密钥是否已保存（不显示密钥）"),
    ):
        p = bs.add_parser(name, help=text)
        p.add_argument("--settings", metavar="FILE", help="设置文件（默认：本机的 settings.toml）")
        p.set_defaults(handler=handler)
