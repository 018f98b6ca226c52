"""``python -m connectfi_async.sandbox --host 127.0.0.1 --port 8080``: serve the sandbox."""

from __future__ import annotations

import argparse

from ..errors import MissingExtraError
from .app import DEFAULT_LOGIN, DEFAULT_PASSWORD, SandboxApp


def main(argv: list[str] | None = None) -> None:
    """Serve the sandbox with uvicorn until interrupted."""
    parser = argparse.ArgumentParser(description="The local connectFi sandbox")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--login", default=DEFAULT_LOGIN)
    parser.add_argument("--password", default=DEFAULT_PASSWORD)
    parser.add_argument("--token-ttl", type=float, default=3600.0, help="token lifetime, seconds")
    parser.add_argument("--log-level", default="warning")
    args = parser.parse_args(argv)
    try:
        import uvicorn
    except ImportError as exc:
        raise MissingExtraError("serving the sandbox", "uvicorn", "sandbox") from exc

    app = SandboxApp(login=args.login, password=args.password, token_ttl=args.token_ttl)
    print(f"connectFi sandbox on http://{args.host}:{args.port} (login {args.login!r})", flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level, lifespan="on")


if __name__ == "__main__":
    main()
