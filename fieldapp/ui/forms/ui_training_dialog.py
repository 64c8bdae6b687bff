# generated from ui/training_dialog.ui (sha256 b37b22e45978e2769c8cd134902b4e9e62a7048dfb37f4b4ffe1dbbc8aef0634) by `python -m fieldapp.ui.build` — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'training_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QFrame, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSpinBox, QTableWidget, QVBoxLayout, QWidget)

class Ui_TrainingDialog(object):
    def setupUi(self, TrainingDialog):
        if not TrainingDialog.objectName():
            TrainingDialog.setObjectName(u"TrainingDialog")
        TrainingDialog.resize(720, 640)
        self.mainLayout = QVBoxLayout(TrainingDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.scroll = QScrollArea(TrainingDialog)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.scrollLayout = QVBoxLayout(self.scrollContents)
        self.scrollLayout.setObjectName(u"scrollLayout")
        self.scrollLayout.setContentsMargins(0, 0, 0, 0)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.titleLabel = QLabel(self.scrollContents)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.scrollContents)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.titleKkLabel = QLabel(self.scrollContents)
        self.titleKkLabel.setObjectName(u"titleKkLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleKkLabel)

        self.titleKkEdit = QLineEdit(self.scrollContents)
        self.titleKkEdit.setObjectName(u"titleKkEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleKkEdit)

        self.topicLabel = QLabel(self.scrollContents)
        self.topicLabel.setObjectName(u"topicLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.topicLabel)

        self.topicEdit = QLineEdit(self.scrollContents)
        self.topicEdit.setObjectName(u"topicEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.topicEdit)

        self.cycleLabel = QLabel(self.scrollContents)
        self.cycleLabel.setObjectName(u"cycleLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.cycleLabel)

        self.cycleCombo = QComboBox(self.scrollContents)
        self.cycleCombo.setObjectName(u"cycleCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.cycleCombo)

        self.settlementLabel = QLabel(self.scrollContents)
        self.settlementLabel.setObjectName(u"settlementLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.settlementLabel)

        self.settlementCombo = QComboBox(self.scrollContents)
        self.settlementCombo.setObjectName(u"settlementCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.settlementCombo)

        self.venueLabel = QLabel(self.scrollContents)
        self.venueLabel.setObjectName(u"venueLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.venueLabel)

        self.venueEdit = QLineEdit(self.scrollContents)
        self.venueEdit.setObjectName(u"venueEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.venueEdit)

        self.venueKkLabel = QLabel(self.scrollContents)
        self.venueKkLabel.setObjectName(u"venueKkLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.venueKkLabel)

        self.venueKkEdit = QLineEdit(self.scrollContents)
        self.venueKkEdit.setObjectName(u"venueKkEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.venueKkEdit)

        self.capacityLabel = QLabel(self.scrollContents)
        self.capacityLabel.setObjectName(u"capacityLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.capacityLabel)

        self.capacitySpin = QSpinBox(self.scrollContents)
        self.capacitySpin.setObjectName(u"capacitySpin")
        self.capacitySpin.setMaximum(10000)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.capacitySpin)

        self.trainersLabel = QLabel(self.scrollContents)
        self.trainersLabel.setObjectName(u"trainersLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.trainersLabel)

        self.trainersLayout = QVBoxLayout()
        self.trainersLayout.setObjectName(u"trainersLayout")
        self.trainerSearch = QLineEdit(self.scrollContents)
        self.trainerSearch.setObjectName(u"trainerSearch")

        self.trainersLayout.addWidget(self.trainerSearch)

        self.trainersList = QListWidget(self.scrollContents)
        self.trainersList.setObjectName(u"trainersList")
        self.trainersList.setMaximumSize(QSize(16777215, 80))

        self.trainersLayout.addWidget(self.trainersList)


        self.formLayout.setLayout(8, QFormLayout.ItemRole.FieldRole, self.trainersLayout)

        self.sessionsLabel = QLabel(self.scrollContents)
        self.sessionsLabel.setObjectName(u"sessionsLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.sessionsLabel)

        self.sessionsLayout = QVBoxLayout()
        self.sessionsLayout.setObjectName(u"sessionsLayout")
        self.sessionsTable = QTableWidget(self.scrollContents)
        self.sessionsTable.setObjectName(u"sessionsTable")
        self.sessionsTable.setMinimumSize(QSize(0, 110))

        self.sessionsLayout.addWidget(self.sessionsTable)

        self.sessionButtons = QHBoxLayout()
        self.sessionButtons.setObjectName(u"sessionButtons")
        self.addSessionButton = QPushButton(self.scrollContents)
        self.addSessionButton.setObjectName(u"addSessionButton")

        self.sessionButtons.addWidget(self.addSessionButton)

        self.removeSessionButton = QPushButton(self.scrollContents)
        self.removeSessionButton.setObjectName(u"removeSessionButton")

        self.sessionButtons.addWidget(self.removeSessionButton)

        self.sessionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sessionButtons.addItem(self.sessionSpacer)


        self.sessionsLayout.addLayout(self.sessionButtons)


        self.formLayout.setLayout(9, QFormLayout.ItemRole.FieldRole, self.sessionsLayout)

        self.agendaLabel = QLabel(self.scrollContents)
        self.agendaLabel.setObjectName(u"agendaLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.agendaLabel)

        self.agendaEdit = QPlainTextEdit(self.scrollContents)
        self.agendaEdit.setObjectName(u"agendaEdit")
        self.agendaEdit.setTabChangesFocus(True)
        self.agendaEdit.setMaximumSize(QSize(16777215, 70))

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.agendaEdit)

        self.notesLabel = QLabel(self.scrollContents)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.scrollContents)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 50))

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.scrollLayout.addLayout(self.formLayout)

        self.scrollStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.scrollLayout.addItem(self.scrollStretch)

        self.scroll.setWidget(self.scrollContents)

        self.mainLayout.addWidget(self.scroll)

        self.buttonBox = QDialogButtonBox(TrainingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.titleKkLabel.setBuddy(self.titleKkEdit)
        self.topicLabel.setBuddy(self.topicEdit)
        self.cycleLabel.setBuddy(self.cycleCombo)
        self.settlementLabel.setBuddy(self.settlementCombo)
        self.venueLabel.setBuddy(self.venueEdit)
        self.venueKkLabel.setBuddy(self.venueKkEdit)
        self.capacityLabel.setBuddy(self.capacitySpin)
        self.trainersLabel.setBuddy(self.trainerSearch)
        self.sessionsLabel.setBuddy(self.sessionsTable)
        self.agendaLabel.setBuddy(self.agendaEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TrainingDialog)
    # setupUi

    def retranslateUi(self, TrainingDialog):
        TrainingDialog.setWindowTitle(QCoreApplication.translate("TrainingDialog", u"Training", None))
        self.titleLabel.setText(QCoreApplication.translate("TrainingDialog", u"&Title", None))
        self.titleKkLabel.setText(QCoreApplication.translate("TrainingDialog", u"Title in &Kazakh", None))
        self.titleKkEdit.setPlaceholderText(QCoreApplication.translate("TrainingDialog", u"For documents in Kazakh; empty: the title above", None))
        self.topicLabel.setText(QCoreApplication.translate("TrainingDialog", u"To&pic", None))
        self.cycleLabel.setText(QCoreApplication.translate("TrainingDialog", u"Programme &cycle", None))
        self.settlementLabel.setText(QCoreApplication.translate("TrainingDialog", u"&Settlement", None))
        self.venueLabel.setText(QCoreApplication.translate("TrainingDialog", u"&Venue", None))
        self.venueKkLabel.setText(QCoreApplication.translate("TrainingDialog", u"Venue in Ka&zakh", None))
        self.venueKkEdit.setPlaceholderText(QCoreApplication.translate("TrainingDialog", u"For documents in Kazakh; empty: the venue above", None))
        self.capacityLabel.setText(QCoreApplication.translate("TrainingDialog", u"Planned c&apacity", None))
        self.trainersLabel.setText(QCoreApplication.translate("TrainingDialog", u"T&rainers", None))
        self.trainerSearch.setPlaceholderText(QCoreApplication.translate("TrainingDialog", u"Type a name, Enter adds the trainer", None))
        self.sessionsLabel.setText(QCoreApplication.translate("TrainingDialog", u"Sess&ions", None))
        self.addSessionButton.setText(QCoreApplication.translate("TrainingDialog", u"&Add a day", None))
        self.removeSessionButton.setText(QCoreApplication.translate("TrainingDialog", u"Remove the &day", None))
        self.agendaLabel.setText(QCoreApplication.translate("TrainingDialog", u"A&genda", None))
        self.notesLabel.setText(QCoreApplication.translate("TrainingDialog", u"&Notes", None))
    # retranslateUi

