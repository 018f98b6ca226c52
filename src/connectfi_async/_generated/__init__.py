"""A client library for accessing connectFi API"""
# The models and the typed namespaces (sdk.py) are the generated SDK; the engine that sends
# requests is hand-written (connectfi_async/_client.py).
