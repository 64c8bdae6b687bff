# generated from ui/person_dialog.ui (sha256 bd96b015dbfe6da4245ea80fb57fcea59cc488f9eaaf2ce89c571ddf5f7d2432) by `python -m fieldapp.ui.build` — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QFrame, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog):
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.resize(620, 640)
        self.mainLayout = QVBoxLayout(PersonDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.scroll = QScrollArea(PersonDialog)
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
        self.fullNameLabel = QLabel(self.scrollContents)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullNameEdit = QLineEdit(self.scrollContents)
        self.fullNameEdit.setObjectName(u"fullNameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fullNameEdit)

        self.latinLabel = QLabel(self.scrollContents)
        self.latinLabel.setObjectName(u"latinLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.latinLabel)

        self.latinEdit = QLineEdit(self.scrollContents)
        self.latinEdit.setObjectName(u"latinEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.latinEdit)

        self.sexLabel = QLabel(self.scrollContents)
        self.sexLabel.setObjectName(u"sexLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sexLabel)

        self.sexCombo = QComboBox(self.scrollContents)
        self.sexCombo.setObjectName(u"sexCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sexCombo)

        self.birthYearLabel = QLabel(self.scrollContents)
        self.birthYearLabel.setObjectName(u"birthYearLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.birthYearLabel)

        self.birthYearEdit = QLineEdit(self.scrollContents)
        self.birthYearEdit.setObjectName(u"birthYearEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.birthYearEdit)

        self.birthDateLabel = QLabel(self.scrollContents)
        self.birthDateLabel.setObjectName(u"birthDateLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.birthDateLabel)

        self.birthDateEdit = QLineEdit(self.scrollContents)
        self.birthDateEdit.setObjectName(u"birthDateEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.birthDateEdit)

        self.settlementLabel = QLabel(self.scrollContents)
        self.settlementLabel.setObjectName(u"settlementLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.settlementLabel)

        self.settlementCombo = QComboBox(self.scrollContents)
        self.settlementCombo.setObjectName(u"settlementCombo")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.settlementCombo)

        self.phoneLabel = QLabel(self.scrollContents)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.scrollContents)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.iinLabel = QLabel(self.scrollContents)
        self.iinLabel.setObjectName(u"iinLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.iinLabel)

        self.iinEdit = QLineEdit(self.scrollContents)
        self.iinEdit.setObjectName(u"iinEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.iinEdit)

        self.organisationLabel = QLabel(self.scrollContents)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisationEdit = QLineEdit(self.scrollContents)
        self.organisationEdit.setObjectName(u"organisationEdit")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.organisationEdit)

        self.notesLabel = QLabel(self.scrollContents)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.scrollContents)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 60))

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.consentDateLabel = QLabel(self.scrollContents)
        self.consentDateLabel.setObjectName(u"consentDateLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.consentDateLabel)

        self.consentDateEdit = QLineEdit(self.scrollContents)
        self.consentDateEdit.setObjectName(u"consentDateEdit")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.consentDateEdit)

        self.consentScopeLabel = QLabel(self.scrollContents)
        self.consentScopeLabel.setObjectName(u"consentScopeLabel")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.consentScopeLabel)

        self.consentScopeEdit = QLineEdit(self.scrollContents)
        self.consentScopeEdit.setObjectName(u"consentScopeEdit")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.consentScopeEdit)

        self.guardianLabel = QLabel(self.scrollContents)
        self.guardianLabel.setObjectName(u"guardianLabel")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.guardianLabel)

        self.guardianEdit = QLineEdit(self.scrollContents)
        self.guardianEdit.setObjectName(u"guardianEdit")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.guardianEdit)


        self.scrollLayout.addLayout(self.formLayout)

        self.scrollStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.scrollLayout.addItem(self.scrollStretch)

        self.scroll.setWidget(self.scrollContents)

        self.mainLayout.addWidget(self.scroll)

        self.duplicatesBox = QGroupBox(PersonDialog)
        self.duplicatesBox.setObjectName(u"duplicatesBox")
        self.duplicatesLayout = QVBoxLayout(self.duplicatesBox)
        self.duplicatesLayout.setObjectName(u"duplicatesLayout")
        self.duplicatesList = QListWidget(self.duplicatesBox)
        self.duplicatesList.setObjectName(u"duplicatesList")
        self.duplicatesList.setMaximumSize(QSize(16777215, 100))

        self.duplicatesLayout.addWidget(self.duplicatesList)

        self.duplicateButtons = QHBoxLayout()
        self.duplicateButtons.setObjectName(u"duplicateButtons")
        self.useExistingButton = QPushButton(self.duplicatesBox)
        self.useExistingButton.setObjectName(u"useExistingButton")

        self.duplicateButtons.addWidget(self.useExistingButton)

        self.mergeButton = QPushButton(self.duplicatesBox)
        self.mergeButton.setObjectName(u"mergeButton")

        self.duplicateButtons.addWidget(self.mergeButton)

        self.saveAnywayButton = QPushButton(self.duplicatesBox)
        self.saveAnywayButton.setObjectName(u"saveAnywayButton")

        self.duplicateButtons.addWidget(self.saveAnywayButton)


        self.duplicatesLayout.addLayout(self.duplicateButtons)


        self.mainLayout.addWidget(self.duplicatesBox)

        self.buttonBox = QDialogButtonBox(PersonDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fullNameLabel.setBuddy(self.fullNameEdit)
        self.latinLabel.setBuddy(self.latinEdit)
        self.sexLabel.setBuddy(self.sexCombo)
        self.birthYearLabel.setBuddy(self.birthYearEdit)
        self.birthDateLabel.setBuddy(self.birthDateEdit)
        self.settlementLabel.setBuddy(self.settlementCombo)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.iinLabel.setBuddy(self.iinEdit)
        self.organisationLabel.setBuddy(self.organisationEdit)
        self.notesLabel.setBuddy(self.notesEdit)
        self.consentDateLabel.setBuddy(self.consentDateEdit)
        self.consentScopeLabel.setBuddy(self.consentScopeEdit)
        self.guardianLabel.setBuddy(self.guardianEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PersonDialog)
    # setupUi

    def retranslateUi(self, PersonDialog):
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"Person", None))
        self.fullNameLabel.setText(QCoreApplication.translate("PersonDialog", u"Full &name", None))
        self.latinLabel.setText(QCoreApplication.translate("PersonDialog", u"Name in &Latin letters", None))
        self.sexLabel.setText(QCoreApplication.translate("PersonDialog", u"&Sex", None))
        self.birthYearLabel.setText(QCoreApplication.translate("PersonDialog", u"Birth &year", None))
        self.birthDateLabel.setText(QCoreApplication.translate("PersonDialog", u"Birth &date", None))
        self.birthDateEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"dd.mm.yyyy", None))
        self.settlementLabel.setText(QCoreApplication.translate("PersonDialog", u"S&ettlement", None))
        self.phoneLabel.setText(QCoreApplication.translate("PersonDialog", u"&Phone", None))
        self.iinLabel.setText(QCoreApplication.translate("PersonDialog", u"&IIN", None))
        self.organisationLabel.setText(QCoreApplication.translate("PersonDialog", u"&Organisation or group", None))
        self.notesLabel.setText(QCoreApplication.translate("PersonDialog", u"No&tes", None))
        self.consentDateLabel.setText(QCoreApplication.translate("PersonDialog", u"&Consent given on", None))
        self.consentDateEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"dd.mm.yyyy", None))
        self.consentScopeLabel.setText(QCoreApplication.translate("PersonDialog", u"Consent &covers", None))
        self.guardianLabel.setText(QCoreApplication.translate("PersonDialog", u"&Guardian (for a minor)", None))
        self.duplicatesBox.setTitle(QCoreApplication.translate("PersonDialog", u"This may be someone already known", None))
        self.useExistingButton.setText(QCoreApplication.translate("PersonDialog", u"&Use the chosen record", None))
        self.mergeButton.setText(QCoreApplication.translate("PersonDialog", u"&Merge into the chosen record", None))
        self.saveAnywayButton.setText(QCoreApplication.translate("PersonDialog", u"Save as a &different person", None))
    # retranslateUi

