# Writes, each saved by LibreOffice Calc as Excel 97-2003 with an open password (RC4), as a unit's
# LibreOffice would save it: test/fixtures/formats/encrypted-libreoffice.xls (the formats corpus's
# original form, with its mistakes) and test/fixtures/encrypted-xls/libreoffice-ningbo.xls (examples/02,
# a form ready to seal).
# `soffice --convert-to` cannot set a password, so this drives LibreOffice over UNO and stores with
# the `Password` property of the MediaDescriptor. Run with the Python that has LibreOffice's `uno`
# module (Debian: python3-uno): /usr/bin/python3 scripts/gen-encrypted-xls.py
# The password is the formats corpus's (test/cli/encrypted.test.ts and test/xlsx/formats.test.ts state it).
import os
import shutil
import subprocess
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue

PASSWORD = "质标2021"
FILES = [
    ("test/fixtures/formats/original.xlsx", "test/fixtures/formats/encrypted-libreoffice.xls"),
    ("examples/02-宁波市经济和信息化局.xlsx", "test/fixtures/encrypted-xls/libreoffice-ningbo.xls"),
]


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


work = tempfile.mkdtemp(prefix="qbench-xls-")
pipe = "qbench_xls_%d" % os.getpid()
office = subprocess.Popen(
    ["soffice", "--headless", "--invisible", "--norestore", "-env:UserInstallation=file://%s/profile" % work,
     "--accept=pipe,name=%s;urp;" % pipe],
    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    resolver = uno.getComponentContext().ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", uno.getComponentContext())
    for _ in range(120):
        try:
            ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            break
        except Exception:
            time.sleep(0.5)
    else:
        raise SystemExit("LibreOffice did not start")
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    for source, out in FILES:
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(source)), "_blank", 0, (prop("Hidden", True),))
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(out)), (prop("FilterName", "MS Excel 97"), prop("Password", PASSWORD)))
        doc.close(True)
    try:
        desktop.terminate()
    except Exception:
        pass  # the bridge drops as LibreOffice exits
finally:
    office.wait(timeout=60)
    shutil.rmtree(work, ignore_errors=True)
