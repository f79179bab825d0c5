# Stores workbooks through a headless LibreOffice over UNO, each with an open password: the
# `Password` property of the MediaDescriptor, which `soffice --convert-to` cannot set. Shared by
# scripts/gen-encrypted-xls.py and scripts/gen-encrypted-ods.py; run those with the Python that has
# LibreOffice's `uno` module (Debian: python3-uno).
import os
import shutil
import subprocess
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def store_with_password(files, filter_name, password):
    """Opens each (source, out) pair's source and stores it as `out` in `filter_name` under `password`."""
    work = tempfile.mkdtemp(prefix="qbench-lo-")
    pipe = "qbench_lo_%d" % os.getpid()
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
        for source, out in files:
            doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(source)), "_blank", 0, (prop("Hidden", True),))
            doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(out)), (prop("FilterName", filter_name), prop("Password", password)))
            doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge drops as LibreOffice exits
    finally:
        try:
            office.wait(timeout=60)
        except subprocess.TimeoutExpired:
            office.kill()  # a failed store left it running
        shutil.rmtree(work, ignore_errors=True)
