#!/usr/bin/env python3
"""Sends a response's file to /consultation/upload a chunk at a time, as the consultation page's script
does (deposit-upload.js): starts a response, announces the file, PUTs chunks over one kept-alive
connection, each sized as the script sizes it (about two seconds of sending, from 1 MiB, at most four times
the one before, between 256 KiB and 32 MiB). Prints the response's token, for the deposit form, and the seconds from its first request
to its last answer (the interpreter's start apart, which a browser does not pay). Cookies come from curl's jar.
Usage: chunked-upload.py base-url cookie-jar upload-token consultation-id file"""
import http.client
import time
import json
import os
import sys
import urllib.parse

FIRST_CHUNK, MIN_CHUNK, MAX_CHUNK, CHUNK_SECONDS = 1024 * 1024, 256 * 1024, 32 * 1024 * 1024, 2
base, jar, token, consultation, path = sys.argv[1:6]
cookies = []
for line in open(jar):
    if line.startswith('#HttpOnly_'):
        line = line[len('#HttpOnly_'):]
    elif line.startswith('#') or not line.strip():
        continue
    fields = line.rstrip('\n').split('\t')
    if len(fields) == 7:
        cookies.append(fields[5] + '=' + fields[6])
url = urllib.parse.urlparse(base)
connection = http.client.HTTPConnection(url.hostname, url.port or 80, timeout=60)
headers = {'X-Upload-Token': token, 'Cookie': '; '.join(cookies)}


def call(method, query, body=None, extra=None):
    connection.request(method, url.path + '/consultation/upload?' + query, body=body, headers={**headers, **(extra or {})})
    answer = connection.getresponse()
    data = json.loads(answer.read() or b'{}')
    if answer.status != 200:
        sys.exit(f'{method} {query}: {answer.status} {data}')
    return data


# One buffer for every chunk, its pages written once before the clock starts: a new 32 MiB one per read
# would be mapped afresh by the allocator and faulted in page by page (0.6 s per 200 MB on this machine),
# and even one, left untouched, faults 0.1 s in on its first reads. A browser pays neither: the page's
# script sends slices of the file the person chose.
buffer = memoryview(bytearray(1) * MAX_CHUNK)
started = time.perf_counter()
deposit = call('POST', 'c=' + consultation)['deposit']
size = os.path.getsize(path)
file = call('POST', urllib.parse.urlencode({'d': deposit, 'name': os.path.basename(path), 'size': size}))['file']
with open(path, 'rb') as content:
    offset, length = 0, FIRST_CHUNK
    while offset < size:
        chunk = buffer[:content.readinto(buffer[:length])]
        sent = time.perf_counter()
        received = call('PUT', urllib.parse.urlencode({'d': deposit, 'f': file}), chunk,
                        {'Content-Range': f'bytes {offset}-{offset + len(chunk) - 1}/{size}',
                         'Content-Type': 'application/octet-stream'})['received']
        took = time.perf_counter() - sent
        offset += len(chunk)
        length = round(max(MIN_CHUNK, min(MAX_CHUNK, length * 4, len(chunk) * CHUNK_SECONDS / max(took, 0.001))))
        if received != offset:
            sys.exit(f'the server holds {received} bytes, not {offset}')
print(deposit, f'{time.perf_counter() - started:.3f}')
