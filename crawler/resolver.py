"""A guard on the reactor's name resolver: host names never connect to internal addresses.

``AddressGuardMiddleware`` refuses a request whose host resolves to an internal address, but it
resolves the name itself, before the download resolves it again to connect. A name whose DNS answers
a public address the first time and ``127.0.0.1`` the second (DNS rebinding) would slip through. This
resolver sits where the connection's own lookup happens and drops internal addresses from the answer,
for every host that the crawl's configuration has not allowed to be internal.

One guard per reactor (the daemon's, or the thread's of ``crawler.runtime``); crawls that allow
private addresses (tests, the demo) register the hosts they fetch as allowed.
"""

from __future__ import annotations

import logging
from typing import Any

from twisted.internet.interfaces import IHostnameResolver, IResolutionReceiver
from zope.interface import implementer

from crawler.addresses import is_internal_address

log = logging.getLogger(__name__)

__all__ = ["InternalAddressGuardResolver", "guard_reactor_resolver"]


@implementer(IResolutionReceiver)
class _PublicAddressesOnly:
    """Passes on the addresses of a resolution except internal ones (logged)."""

    def __init__(self, receiver: Any, host: str) -> None:
        self._receiver = receiver
        self._host = host

    def resolutionBegan(self, resolution: Any) -> None:  # noqa: N802 (Twisted's interface names)
        self._receiver.resolutionBegan(resolution)

    def addressResolved(self, address: Any) -> None:  # noqa: N802
        host = getattr(address, "host", "")
        try:
            internal = is_internal_address(host)
        except ValueError:
            internal = False
        if internal:
            log.warning("refused %s for %s: an internal address (DNS rebinding?)", host, self._host)
            return
        self._receiver.addressResolved(address)

    def resolutionComplete(self) -> None:  # noqa: N802
        self._receiver.resolutionComplete()


@implementer(IHostnameResolver)
class InternalAddressGuardResolver:
    """Wraps a reactor's name resolver; only hosts in ``allowed_hosts`` may resolve to internal addresses."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner
        self.allowed_hosts: set[str] = set()

    def allow(self, host: str) -> None:
        """Let ``host`` resolve to internal addresses (a crawl with ``allow_private_addresses``)."""
        self.allowed_hosts.add(host.lower())

    def resolveHostName(  # noqa: N802
        self,
        resolutionReceiver: Any,  # noqa: N803
        hostName: str,  # noqa: N803
        portNumber: int = 0,  # noqa: N803
        addressTypes: Any = None,  # noqa: N803
        transportSemantics: str = "TCP",  # noqa: N803
    ) -> Any:
        receiver = resolutionReceiver
        if hostName.lower() not in self.allowed_hosts:
            receiver = _PublicAddressesOnly(resolutionReceiver, hostName)
        return self._inner.resolveHostName(receiver, hostName, portNumber, addressTypes, transportSemantics)


def guard_reactor_resolver(reactor: Any) -> InternalAddressGuardResolver:
    """The reactor's guard, installed around its current name resolver on first use."""
    current = reactor.nameResolver
    if isinstance(current, InternalAddressGuardResolver):
        return current
    guard = InternalAddressGuardResolver(current)
    reactor.installNameResolver(guard)
    return guard
