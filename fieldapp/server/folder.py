"""The hub's side of sync through a shared folder (the layout and the laptop's side: ``fieldapp/sync/folder.py``):
every laptop's bundles taken in, then each laptop that sent one (or has news) written its reply."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from fieldapp.server import bundles
from fieldapp.server.hub import Hub
from fieldapp.server.store import HubDevice, HubDeviceKeys, HubStore
from fieldapp.sync import bundle as fab
from fieldapp.sync.bundle import BundleError
from fieldapp.sync.folder import FROM_HUB, FolderReport, _boxes, _candidates, _unchanged


def hub_sync_folder(store: HubStore, folder: Path) -> FolderReport:
    """Take in every laptop's bundles, then write each laptop that sent one (or has news) its reply."""
    to_hub, from_hub = _boxes(folder)
    hub = Hub(store)
    report = FolderReport()
    seen: set[str] = set()
    answered: dict[str, bundles.HubImport] = {}
    for path, manifest in _candidates(to_hub, fab.HUB):
        if manifest is not None and manifest["id"] in seen:
            continue
        try:
            done = bundles.take_in(store, path, hub)
        except BundleError as exc:
            report.left += 1
            report.lines.append(f"{path.name}: left for the next run ({exc})")
            continue
        seen.add(done.bundle_id or path.name)
        report.taken += 1
        report.lines.append(f"{path.name}: {done.line()}")
        if done.record is not None:  # the newest bundle of a laptop holds all it has not had answered
            answered[done.record.id] = done
    with store.reading() as s:
        devices = s.execute(select(HubDevice).join(HubDeviceKeys, HubDeviceKeys.device_id == HubDevice.id).where(
            HubDevice.revoked_at.is_(None), HubDeviceKeys.reported_ms > 0)).scalars().all()  # laptops using bundles
        for device in devices:
            s.expunge(device)
    for device in devices:
        target = from_hub / f"{device.id}{fab.SUFFIX}"
        last = answered.get(device.id)
        me, box, members, fields = bundles.reply_content(
            store, device, last.answered if last else None, last.stored if last else None,
            last.bundle_id if last else None, hub, last.delivered if last else None, last.clashed if last else None)
        if _unchanged(target, members, {k: v for k, v in fields.items() if k != "answers"}):
            continue  # its reply already says all there is: the cloud client has nothing to upload
        bundles.seal_reply(target, device, me, box, members, fields)
        report.written += 1
        report.lines.append(f"wrote {FROM_HUB}/{target.name} for {device.name}")
    return report
