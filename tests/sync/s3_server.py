"""A real S3 HTTP server for the tests: moto's standalone server as a subprocess on a
free loopback port, with IAM enforced (so a window's key really is refused another
window's files). MinIO itself is not installable on the build machine.

The first three requests are allowed without credentials (``INITIAL_NO_AUTH_ACTION_COUNT``):
they create the center's IAM user with every right and its key. Everything afterwards is
signed and checked against the users' policies.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

from app.sync.blob_s3 import S3BlobBackend, S3Config, make_client, window_policy

REGION = "us-east-1"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _boto(service: str, endpoint: str, key: tuple[str, str]) -> Any:
    import boto3

    return boto3.client(
        service, endpoint_url=endpoint, region_name=REGION, aws_access_key_id=key[0], aws_secret_access_key=key[1]
    )


@dataclass
class S3Server:
    """One running moto server and the center's key."""

    endpoint: str
    process: subprocess.Popen[bytes]
    center_key: tuple[str, str] = ("", "")
    _users: dict[str, tuple[str, str]] = field(default_factory=dict)

    @classmethod
    def start(cls) -> S3Server:
        port = _free_port()
        env = dict(os.environ, INITIAL_NO_AUTH_ACTION_COUNT="3", MOTO_ALLOW_NONEXISTENT_REGION="true")
        proc = subprocess.Popen(
            [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), 0.2).close()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    proc.kill()
                    raise RuntimeError("moto server did not start") from None
                time.sleep(0.1)
        server = cls(f"http://127.0.0.1:{port}", proc)
        iam = _boto("iam", server.endpoint, ("bootstrap", "bootstrap"))
        iam.create_user(UserName="center")
        iam.put_user_policy(
            UserName="center",
            PolicyName="all",
            PolicyDocument=json.dumps(
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}
            ),
        )
        made = iam.create_access_key(UserName="center")["AccessKey"]
        server.center_key = (made["AccessKeyId"], made["SecretAccessKey"])
        return server

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()

    def boto3(self, service: str = "s3") -> Any:
        """A raw boto3 client with the center's key (bench baseline, checks)."""
        return _boto(service, self.endpoint, self.center_key)

    def new_bucket(self) -> str:
        name = f"hall-{uuid.uuid4().hex[:12]}"
        self.boto3().create_bucket(Bucket=name)
        return name

    def window_key(self, bucket: str, window_code: str) -> tuple[str, str]:
        """A key for one window with :func:`window_policy` (its own files only)."""
        user = f"w{window_code}-{bucket}"
        if user not in self._users:
            iam = self.boto3("iam")
            iam.create_user(UserName=user)
            iam.put_user_policy(
                UserName=user, PolicyName="own-files", PolicyDocument=json.dumps(window_policy(bucket, window_code))
            )
            made = iam.create_access_key(UserName=user)["AccessKey"]
            self._users[user] = (made["AccessKeyId"], made["SecretAccessKey"])
        return self._users[user]

    def config(self, bucket: str, key: tuple[str, str]) -> S3Config:
        return S3Config(endpoint=self.endpoint, bucket=bucket, access_key=key[0], region=REGION)

    def backend(self, bucket: str, key: tuple[str, str] | None = None, **kwargs: Any) -> S3BlobBackend:
        key = key or self.center_key
        return S3BlobBackend(make_client(self.config(bucket, key), key[1]), bucket, **kwargs)

    def objects(self, bucket: str) -> dict[str, bytes]:
        """Every object in the bucket (center's view)."""
        s3 = self.boto3()
        out: dict[str, bytes] = {}
        for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket):
            for obj in page.get("Contents", []):
                out[obj["Key"]] = s3.get_object(Bucket=bucket, Key=obj["Key"])["Body"].read()
        return out
