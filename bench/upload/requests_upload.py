#!/usr/bin/env python3
"""A requests-based upload written from the vendor's documented procedure (docs/protocol.md, steps 0-2), for
bench/upload.sh: GET io/local/info, POST prepare, then the file in 25,000,000-byte chunks, one multipart POST per
chunk, in order, with the apiKey and uploader-* headers. As such scripts do, each chunk is read into memory and
requests builds the multipart body from it. One requests.Session, so one kept-alive connection, as the other
clients. The API key comes from GROOV_API_KEY; the certificate is not checked (verify=False on every request: a
Session's verify is overridden by REQUESTS_CA_BUNDLE), which is allowed
for loopback addresses only (the benchmark's self-signed sink and simulator)."""

import argparse
import ipaddress
import os
import random
import sys
import time
import urllib.parse

import requests
import urllib3

CHUNK_SIZE = 25_000_000


def is_loopback(host):
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--url", required=True, help="https://HOST:PORT")
    parser.add_argument("--firmware", required=True, help="the file to upload")
    args = parser.parse_args()

    key = os.environ.get("GROOV_API_KEY", "")
    if not key:
        sys.exit("requests_upload.py: set GROOV_API_KEY")
    base = args.url.rstrip("/")
    host = urllib.parse.urlsplit(base).hostname or ""
    if not is_loopback(host):
        sys.exit("requests_upload.py: only loopback addresses (the certificate is not checked)")
    urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)

    size = os.path.getsize(args.firmware)
    total = (size + CHUNK_SIZE - 1) // CHUNK_SIZE
    file_id = str(random.randrange(100_000_000, 2_000_000_000))
    session = requests.Session()
    headers = {"apiKey": key}
    start = time.monotonic()

    reply = session.get(base + "/manage/api/v1/io/local/info", headers=headers, allow_redirects=False, timeout=30, verify=False)
    reply.raise_for_status()
    reply = session.post(base + "/manage/api/v1/maintenance/update/prepare", headers=headers,
                         json={"backupNetwork": True, "preserveSettings": True}, allow_redirects=False, timeout=30, verify=False)
    reply.raise_for_status()

    with open(args.firmware, "rb") as image:
        for number in range(total):
            data = image.read(CHUNK_SIZE)
            chunk_headers = dict(headers)
            chunk_headers["uploader-chunk-number"] = str(number)
            chunk_headers["uploader-chunks-total"] = str(total)
            chunk_headers["uploader-file-id"] = file_id
            reply = session.post(base + "/manage/api/v1/maintenance/update/apply", headers=chunk_headers,
                                 files={"file": ("file", data, "application/octet-stream")},
                                 allow_redirects=False, timeout=60, verify=False)
            if not 200 <= reply.status_code < 300:
                sys.exit(f"requests_upload.py: chunk {number} answered {reply.status_code}: {reply.text[:200]}")

    seconds = time.monotonic() - start
    print(f"requests_upload.py: {total} chunks, {size} bytes in {seconds:.3f} s ({size / 1e6 / seconds:.1f} MB/s)",
          file=sys.stderr)


if __name__ == "__main__":
    main()
