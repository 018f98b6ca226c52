"""The package version (one place: the User-Agent and ``connectfi_async.__version__``)."""

__version__ = "0.1.0"
