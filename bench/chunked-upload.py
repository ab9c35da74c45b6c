#!/usr/bin/env python3
"""Sends a response's file to /consultation/upload a chunk at a time, as the consultation page's script
does (deposit-upload.js): starts a response, announces the file, PUTs 4 MiB chunks over one kept-alive
connection. Prints the response's token, for the deposit form. Cookies come from curl's jar.
Usage: chunked-upload.py base-url cookie-jar upload-token consultation-id file"""
import http.client
import json
import os
import sys
import urllib.parse

CHUNK = 4 * 1024 * 1024
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


deposit = call('POST', 'c=' + consultation)['deposit']
size = os.path.getsize(path)
file = call('POST', urllib.parse.urlencode({'d': deposit, 'name': os.path.basename(path), 'size': size}))['file']
with open(path, 'rb') as content:
    offset = 0
    while offset < size:
        chunk = content.read(CHUNK)
        received = call('PUT', urllib.parse.urlencode({'d': deposit, 'f': file}), chunk,
                        {'Content-Range': f'bytes {offset}-{offset + len(chunk) - 1}/{size}',
                         'Content-Type': 'application/octet-stream'})['received']
        offset += len(chunk)
        if received != offset:
            sys.exit(f'the server holds {received} bytes, not {offset}')
print(deposit)
