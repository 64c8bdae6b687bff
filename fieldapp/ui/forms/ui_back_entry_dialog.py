# generated from ui/back_entry_dialog.ui (sha256 b7016a99ec1548a8e4c7007b4631b6176c380ede194f123b7532aa4508295a75) by `python -m fieldapp.ui.build` — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'back_entry_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

class Ui_BackEntryDialog(object):
    def setupUi(self, BackEntryDialog):
        if not BackEntryDialog.objectName():
            BackEntryDialog.setObjectName(u"BackEntryDialog")
        BackEntryDialog.resize(640, 520)
        self.mainLayout = QVBoxLayout(BackEntryDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headingLabel = QLabel(BackEntryDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.headingLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.rowsLabel = QLabel(BackEntryDialog)
        self.rowsLabel.setObjectName(u"rowsLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.rowsLabel)

        self.rowsEdit = QLineEdit(BackEntryDialog)
        self.rowsEdit.setObjectName(u"rowsEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.rowsEdit)

        self.rowsPreview = QLabel(BackEntryDialog)
        self.rowsPreview.setObjectName(u"rowsPreview")
        self.rowsPreview.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.rowsPreview)

        self.walkInsLabel = QLabel(BackEntryDialog)
        self.walkInsLabel.setObjectName(u"walkInsLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.walkInsLabel)

        self.walkInsEdit = QPlainTextEdit(BackEntryDialog)
        self.walkInsEdit.setObjectName(u"walkInsEdit")
        self.walkInsEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.walkInsEdit)

        self.scanLabel = QLabel(BackEntryDialog)
        self.scanLabel.setObjectName(u"scanLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.scanLabel)

        self.scanLayout = QHBoxLayout()
        self.scanLayout.setObjectName(u"scanLayout")
        self.scanEdit = QLineEdit(BackEntryDialog)
        self.scanEdit.setObjectName(u"scanEdit")

        self.scanLayout.addWidget(self.scanEdit)

        self.browseButton = QPushButton(BackEntryDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.scanLayout.addWidget(self.browseButton)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.scanLayout)

        self.checkedBox = QCheckBox(BackEntryDialog)
        self.checkedBox.setObjectName(u"checkedBox")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.checkedBox)


        self.mainLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(BackEntryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.rowsLabel.setBuddy(self.rowsEdit)
        self.walkInsLabel.setBuddy(self.walkInsEdit)
        self.scanLabel.setBuddy(self.scanEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.rowsEdit, self.walkInsEdit)
        QWidget.setTabOrder(self.walkInsEdit, self.scanEdit)
        QWidget.setTabOrder(self.scanEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.checkedBox)

        self.retranslateUi(BackEntryDialog)
    # setupUi

    def retranslateUi(self, BackEntryDialog):
        BackEntryDialog.setWindowTitle(QCoreApplication.translate("BackEntryDialog", u"Enter attendance from the signed sheet", None))
        self.rowsLabel.setText(QCoreApplication.translate("BackEntryDialog", u"&Rows signed", None))
        self.rowsEdit.setPlaceholderText(QCoreApplication.translate("BackEntryDialog", u"e.g. 1-12, 15, 17", None))
        self.walkInsLabel.setText(QCoreApplication.translate("BackEntryDialog", u"&Written on blank rows", None))
        self.walkInsEdit.setPlaceholderText(QCoreApplication.translate("BackEntryDialog", u"One person per line: name; sex; age or age group; phone", None))
        self.scanLabel.setText(QCoreApplication.translate("BackEntryDialog", u"S&can or photo", None))
        self.browseButton.setText(QCoreApplication.translate("BackEntryDialog", u"&Browse\u2026", None))
        self.checkedBox.setText(QCoreApplication.translate("BackEntryDialog", u"&Checked against the signed sheet", None))
    # retranslateUi

