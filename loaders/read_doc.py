"""Read Word 97-2003 (.doc) and WPS Writer (.wps) files: OLE2 binaries, detected by content.
PLACEHOLDER"""
def ole_kind(data): return "doc"
def doc_text(path, data): raise NotImplementedError
