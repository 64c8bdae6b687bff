"""Sync's refusals in the interface language: enrolment, the synced folder, and the hub's refusals of a change.
Part of the one table of codes (``fieldapp/ui/problems.py``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def sync_texts() -> dict[str, str]:
    """Enrolling this laptop and syncing it (fieldapp/sync/enrol.py, fieldapp/sync/auto.py)."""
    return {
        "enrol.address": translate("Problems", "“{address}” is not a hub address: type it as the head office "
                                   "gave it, e.g. http://192.168.1.10:8765 or https://hub.example.kz"),
        "enrol.unreachable": translate("Problems", "No connection to {address}: check that this laptop is on the "
                                       "network and the address is right, or enrol with a file from a USB stick"),
        "enrol.certificate": translate("Problems", "The hub's certificate is not signed by an authority this "
                                       "computer knows. Compare its fingerprint with the one the head office gave "
                                       "you; if they are the same, tick “Trust this certificate”.\n{fingerprint}"),
        "enrol.not_hub": translate("Problems", "{address} answers, but it is not a FieldApp hub: check the address "
                                   "and the port"),
        "enrol.other_deployment": translate("Problems", "This hub belongs to another programme's head office than "
                                            "the one this laptop syncs with: check the address, or ask your head "
                                            "office"),
        "enrol.code_unknown": translate("Problems", "The hub does not know this code: check it letter by letter, "
                                        "or ask the head office for a new one"),
        "enrol.code_used": translate("Problems", "This code was used already (each code enrols one laptop once): "
                                     "ask the head office for a new one"),
        "enrol.file": translate("Problems", "“{file}” is not an enrolment file from the head office: choose the "
                                "file they gave you"),
        "enrol.refused": translate("Problems", "The hub refused the enrolment ({detail}): ask the head office"),
        "sync.folder_missing": translate("Problems", "The folder {folder} does not exist: choose the synced folder "
                                         "again"),
        "sync.folder_not_enrolled": translate("Problems", "Enrol this laptop with the head office's enrolment file "
                                              "first, then choose the synced folder"),
        "sync.not_enrolled": translate("Problems", "This laptop is not enrolled with the head office yet: choose "
                                       "“Enrol this laptop…” on the Sync page"),
    }


def hub_texts() -> dict[str, str]:
    """Sync: the hub's refusals of a change (fieldapp/server/rules.py), bundles refused, head-office devices."""
    return {
        "sync.unknown_table": translate("Problems", "The head office's FieldApp does not know records of this kind "
                                        "({table}): it needs updating"),
        "sync.unknown_field": translate("Problems", "The head office's FieldApp does not know a field of {table}: "
                                        "it needs updating"),
        "sync.other_id": translate("Problems", "A new {table} was sent under another record's id: enter it again"),
        "sync.bad_value": translate("Problems", "{table}: the head office cannot read the value of “{field_of}”: "
                                    "correct it and send again"),
        "sync.missing_row": translate("Problems", "The head office does not have this {table} (never received or "
                                      "removed): enter it again"),
        "sync.append_only": translate("Problems", "{table}: a record is never changed once made; add a new one "
                                      "instead"),
        "sync.append_only_when": translate("Problems", "{table}: once “{status}” it is final; add a new version "
                                           "instead"),
        "sync.head_office_table": translate("Problems", "{table}: such records belong to the head office, the "
                                            "change by {name} was not accepted"),
        "sync.head_office_field": translate("Problems", "{table}: this field is the head office's decision, the "
                                            "change was not accepted"),
        "sync.creator_owned": translate("Problems", "{table}: only the officer who made it may change it"),
        "sync.missing_reference": translate("Problems", "{table}: it refers to a record the head office does not "
                                            "have yet; send that record first or choose another"),
        "sync.clash": translate("Problems", "{table}: another record already holds the same unique value; change "
                                "it and send again"),
        "rejection.unknown": translate("Problems", "This refused change is not on this computer"),
        "conflict.number": translate("Problems", "Type a number"),
        "device.name": translate("Problems", "Give the device a name"),
        "device.taken": translate("Problems", "A device named {name} is enrolled already: choose another name"),
        "device.unknown": translate("Problems", "No enrolled device is named {name}"),
        "bundle.damaged": translate("Problems", "The file is damaged or incomplete: copy it again from the stick or "
                                    "the e-mail"),
        "bundle.not_bundle": translate("Problems", "This is not a FieldApp bundle, or it was cut short while "
                                       "copying"),
        "bundle.too_large": translate("Problems", "The file is too large for a bundle"),
        "bundle.version": translate("Problems", "This bundle was made by a newer FieldApp: update FieldApp first"),
        "bundle.deployment": translate("Problems", "This bundle belongs to another head office's FieldApp"),
        "bundle.recipient": translate("Problems", "This bundle is addressed to another device"),
        "bundle.sender": translate("Problems", "The sender is not an enrolled device here, or was revoked"),
        "bundle.signature": translate("Problems", "The signature does not match: the bundle was altered or not made "
                                      "by its sender. Ask for a new one"),
        "bundle.altered": translate("Problems", "The content does not match what was signed: altered or "
                                    "incomplete. Ask for a new one"),
        "bundle.key": translate("Problems", "This computer's key cannot open the bundle: it was made for another "
                                "enrolment"),
        "bundle.not_enrolled": translate("Problems", "This laptop is not enrolled for bundles: enrol it with an "
                                         "enrolment file, or again with a new code"),
        "bundle.kind": translate("Problems", "Wrong side: a laptop's bundle is imported at the head office, the "
                                 "head office's on a laptop"),
        "bundle.write": translate("Problems", "The file could not be written (a full or removed stick?): check the "
                                  "folder and try again"),
        "bundle.missing": translate("Problems", "No such file"),
    }
