# generated from ui/call_dialog.ui (sha256 233770251276540fbf76c581daf367d46a7d70f0a4913d9473a48fc220c0497e) by `python -m fieldapp.ui.build` — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'call_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QTabWidget, QTableWidget, QVBoxLayout, QWidget)

from fieldapp.ui.list_fields import (CheckList, EntryList)

class Ui_CallDialog(object):
    def setupUi(self, CallDialog):
        if not CallDialog.objectName():
            CallDialog.setObjectName(u"CallDialog")
        CallDialog.resize(820, 600)
        self.verticalLayout = QVBoxLayout(CallDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.tabs = QTabWidget(CallDialog)
        self.tabs.setObjectName(u"tabs")
        self.callTab = QWidget()
        self.callTab.setObjectName(u"callTab")
        self.formLayout = QFormLayout(self.callTab)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.titleLabel = QLabel(self.callTab)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(self.callTab)
        self.title.setObjectName(u"title")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.titleKkLabel = QLabel(self.callTab)
        self.titleKkLabel.setObjectName(u"titleKkLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleKkLabel)

        self.titleKk = QLineEdit(self.callTab)
        self.titleKk.setObjectName(u"titleKk")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleKk)

        self.codeLabel = QLabel(self.callTab)
        self.codeLabel.setObjectName(u"codeLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.code = QLineEdit(self.callTab)
        self.code.setObjectName(u"code")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.code)

        self.cycleLabel = QLabel(self.callTab)
        self.cycleLabel.setObjectName(u"cycleLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.cycleLabel)

        self.cycle = QComboBox(self.callTab)
        self.cycle.setObjectName(u"cycle")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.cycle)

        self.opensOnLabel = QLabel(self.callTab)
        self.opensOnLabel.setObjectName(u"opensOnLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.opensOnLabel)

        self.opensOn = QLineEdit(self.callTab)
        self.opensOn.setObjectName(u"opensOn")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.opensOn)

        self.deadlineLabel = QLabel(self.callTab)
        self.deadlineLabel.setObjectName(u"deadlineLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.deadlineLabel)

        self.deadline = QLineEdit(self.callTab)
        self.deadline.setObjectName(u"deadline")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.deadline)

        self.maxGrantLabel = QLabel(self.callTab)
        self.maxGrantLabel.setObjectName(u"maxGrantLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.maxGrantLabel)

        self.maxGrant = QLineEdit(self.callTab)
        self.maxGrant.setObjectName(u"maxGrant")
        self.maxGrant.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.maxGrant)

        self.envelopeLabel = QLabel(self.callTab)
        self.envelopeLabel.setObjectName(u"envelopeLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.envelopeLabel)

        self.envelope = QLineEdit(self.callTab)
        self.envelope.setObjectName(u"envelope")
        self.envelope.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.envelope)

        self.descriptionLabel = QLabel(self.callTab)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.description = QPlainTextEdit(self.callTab)
        self.description.setObjectName(u"description")
        self.description.setTabChangesFocus(True)
        self.description.setMinimumSize(QSize(0, 54))

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.description)

        self.tabs.addTab(self.callTab, "")
        self.eligibilityTab = QWidget()
        self.eligibilityTab.setObjectName(u"eligibilityTab")
        self.eligibilityLayout = QFormLayout(self.eligibilityTab)
        self.eligibilityLayout.setObjectName(u"eligibilityLayout")
        self.eligibilityLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.settlementsLabel = QLabel(self.eligibilityTab)
        self.settlementsLabel.setObjectName(u"settlementsLabel")

        self.eligibilityLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.settlementsLabel)

        self.settlements = CheckList(self.eligibilityTab)
        self.settlements.setObjectName(u"settlements")
        self.settlements.setMinimumSize(QSize(0, 150))

        self.eligibilityLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.settlements)

        self.attachmentsLabel = QLabel(self.eligibilityTab)
        self.attachmentsLabel.setObjectName(u"attachmentsLabel")

        self.eligibilityLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.attachmentsLabel)

        self.attachments = EntryList(self.eligibilityTab)
        self.attachments.setObjectName(u"attachments")
        self.attachments.setMinimumSize(QSize(0, 110))

        self.eligibilityLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.attachments)

        self.tabs.addTab(self.eligibilityTab, "")
        self.criteriaTab = QWidget()
        self.criteriaTab.setObjectName(u"criteriaTab")
        self.criteriaLayout = QVBoxLayout(self.criteriaTab)
        self.criteriaLayout.setObjectName(u"criteriaLayout")
        self.criteriaTable = QTableWidget(self.criteriaTab)
        self.criteriaTable.setObjectName(u"criteriaTable")
        self.criteriaTable.setMinimumSize(QSize(0, 170))

        self.criteriaLayout.addWidget(self.criteriaTable)

        self.copyRow = QHBoxLayout()
        self.copyRow.setObjectName(u"copyRow")
        self.copyFromLabel = QLabel(self.criteriaTab)
        self.copyFromLabel.setObjectName(u"copyFromLabel")

        self.copyRow.addWidget(self.copyFromLabel)

        self.copyFrom = QComboBox(self.criteriaTab)
        self.copyFrom.setObjectName(u"copyFrom")

        self.copyRow.addWidget(self.copyFrom)

        self.copyButton = QPushButton(self.criteriaTab)
        self.copyButton.setObjectName(u"copyButton")

        self.copyRow.addWidget(self.copyButton)


        self.criteriaLayout.addLayout(self.copyRow)

        self.tabs.addTab(self.criteriaTab, "")

        self.verticalLayout.addWidget(self.tabs)

        self.problems = QLabel(CallDialog)
        self.problems.setObjectName(u"problems")
        self.problems.setWordWrap(True)

        self.verticalLayout.addWidget(self.problems)

        self.buttonBox = QDialogButtonBox(CallDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.title)
        self.titleKkLabel.setBuddy(self.titleKk)
        self.codeLabel.setBuddy(self.code)
        self.cycleLabel.setBuddy(self.cycle)
        self.opensOnLabel.setBuddy(self.opensOn)
        self.deadlineLabel.setBuddy(self.deadline)
        self.maxGrantLabel.setBuddy(self.maxGrant)
        self.envelopeLabel.setBuddy(self.envelope)
        self.descriptionLabel.setBuddy(self.description)
        self.settlementsLabel.setBuddy(self.settlements)
        self.attachmentsLabel.setBuddy(self.attachments)
        self.copyFromLabel.setBuddy(self.copyFrom)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.title)
        QWidget.setTabOrder(self.title, self.titleKk)
        QWidget.setTabOrder(self.titleKk, self.code)
        QWidget.setTabOrder(self.code, self.cycle)
        QWidget.setTabOrder(self.cycle, self.opensOn)
        QWidget.setTabOrder(self.opensOn, self.deadline)
        QWidget.setTabOrder(self.deadline, self.maxGrant)
        QWidget.setTabOrder(self.maxGrant, self.envelope)
        QWidget.setTabOrder(self.envelope, self.description)
        QWidget.setTabOrder(self.description, self.settlements)
        QWidget.setTabOrder(self.settlements, self.attachments)
        QWidget.setTabOrder(self.attachments, self.criteriaTable)
        QWidget.setTabOrder(self.criteriaTable, self.copyFrom)
        QWidget.setTabOrder(self.copyFrom, self.copyButton)
        QWidget.setTabOrder(self.copyButton, self.buttonBox)

        self.retranslateUi(CallDialog)

        self.tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, CallDialog):
        CallDialog.setWindowTitle(QCoreApplication.translate("CallDialog", u"Grant call", None))
        self.titleLabel.setText(QCoreApplication.translate("CallDialog", u"&Title", None))
        self.titleKkLabel.setText(QCoreApplication.translate("CallDialog", u"Title in &Kazakh", None))
        self.titleKk.setPlaceholderText(QCoreApplication.translate("CallDialog", u"For letters and sheets in Kazakh; empty: the title above", None))
        self.codeLabel.setText(QCoreApplication.translate("CallDialog", u"&Code (prefix of registration numbers)", None))
        self.cycleLabel.setText(QCoreApplication.translate("CallDialog", u"C&ycle", None))
        self.opensOnLabel.setText(QCoreApplication.translate("CallDialog", u"&Opens (dd.mm.yyyy)", None))
        self.deadlineLabel.setText(QCoreApplication.translate("CallDialog", u"&Deadline (dd.mm.yyyy)", None))
        self.maxGrantLabel.setText(QCoreApplication.translate("CallDialog", u"&Maximum grant, \u20b8", None))
        self.envelopeLabel.setText(QCoreApplication.translate("CallDialog", u"&Envelope, \u20b8", None))
        self.descriptionLabel.setText(QCoreApplication.translate("CallDialog", u"Descri&ption", None))
        self.tabs.setTabText(self.tabs.indexOf(self.callTab), QCoreApplication.translate("CallDialog", u"The &call", None))
        self.settlementsLabel.setText(QCoreApplication.translate("CallDialog", u"Eligible &settlements", None))
        self.attachmentsLabel.setText(QCoreApplication.translate("CallDialog", u"Required &attachments", None))
        self.tabs.setTabText(self.tabs.indexOf(self.eligibilityTab), QCoreApplication.translate("CallDialog", u"&Who may apply", None))
        self.copyFromLabel.setText(QCoreApplication.translate("CallDialog", u"Re&use criteria of", None))
        self.copyButton.setText(QCoreApplication.translate("CallDialog", u"&Copy", None))
        self.tabs.setTabText(self.tabs.indexOf(self.criteriaTab), QCoreApplication.translate("CallDialog", u"Scoring c&riteria", None))
    # retranslateUi

