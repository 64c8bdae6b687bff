# generated from ui/call_dialog.ui (sha256 84fd55a03f5f8a34ced9c4ad742e9b7639cff583da1e2f4e4f99e6f3bd2ce95b) by `python -m fieldapp.ui.build` — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'call_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

from fieldapp.ui.list_fields import (CheckList, EntryList)

class Ui_CallDialog(object):
    def setupUi(self, CallDialog):
        if not CallDialog.objectName():
            CallDialog.setObjectName(u"CallDialog")
        CallDialog.resize(820, 640)
        self.verticalLayout = QVBoxLayout(CallDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.titleLabel = QLabel(CallDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(CallDialog)
        self.title.setObjectName(u"title")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.titleKkLabel = QLabel(CallDialog)
        self.titleKkLabel.setObjectName(u"titleKkLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleKkLabel)

        self.titleKk = QLineEdit(CallDialog)
        self.titleKk.setObjectName(u"titleKk")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleKk)

        self.codeLabel = QLabel(CallDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.code = QLineEdit(CallDialog)
        self.code.setObjectName(u"code")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.code)

        self.cycleLabel = QLabel(CallDialog)
        self.cycleLabel.setObjectName(u"cycleLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.cycleLabel)

        self.cycle = QComboBox(CallDialog)
        self.cycle.setObjectName(u"cycle")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.cycle)

        self.opensOnLabel = QLabel(CallDialog)
        self.opensOnLabel.setObjectName(u"opensOnLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.opensOnLabel)

        self.opensOn = QLineEdit(CallDialog)
        self.opensOn.setObjectName(u"opensOn")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.opensOn)

        self.deadlineLabel = QLabel(CallDialog)
        self.deadlineLabel.setObjectName(u"deadlineLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.deadlineLabel)

        self.deadline = QLineEdit(CallDialog)
        self.deadline.setObjectName(u"deadline")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.deadline)

        self.maxGrantLabel = QLabel(CallDialog)
        self.maxGrantLabel.setObjectName(u"maxGrantLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.maxGrantLabel)

        self.maxGrant = QLineEdit(CallDialog)
        self.maxGrant.setObjectName(u"maxGrant")
        self.maxGrant.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.maxGrant)

        self.envelopeLabel = QLabel(CallDialog)
        self.envelopeLabel.setObjectName(u"envelopeLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.envelopeLabel)

        self.envelope = QLineEdit(CallDialog)
        self.envelope.setObjectName(u"envelope")
        self.envelope.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.envelope)

        self.settlementsLabel = QLabel(CallDialog)
        self.settlementsLabel.setObjectName(u"settlementsLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.settlementsLabel)

        self.settlements = CheckList(CallDialog)
        self.settlements.setObjectName(u"settlements")
        self.settlements.setMinimumSize(QSize(0, 150))

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.settlements)

        self.attachmentsLabel = QLabel(CallDialog)
        self.attachmentsLabel.setObjectName(u"attachmentsLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.attachmentsLabel)

        self.attachments = EntryList(CallDialog)
        self.attachments.setObjectName(u"attachments")
        self.attachments.setMinimumSize(QSize(0, 110))

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.attachments)

        self.descriptionLabel = QLabel(CallDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.description = QPlainTextEdit(CallDialog)
        self.description.setObjectName(u"description")
        self.description.setTabChangesFocus(True)
        self.description.setMinimumSize(QSize(0, 54))
        self.description.setMaximumSize(QSize(16777215, 108))

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.description)

        self.criteriaTableLabel = QLabel(CallDialog)
        self.criteriaTableLabel.setObjectName(u"criteriaTableLabel")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.criteriaTableLabel)

        self.criteriaTable = QTableWidget(CallDialog)
        self.criteriaTable.setObjectName(u"criteriaTable")
        self.criteriaTable.setMinimumSize(QSize(0, 170))

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.criteriaTable)

        self.copyFromLabel = QLabel(CallDialog)
        self.copyFromLabel.setObjectName(u"copyFromLabel")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.copyFromLabel)

        self.copyRow = QHBoxLayout()
        self.copyRow.setObjectName(u"copyRow")
        self.copyFrom = QComboBox(CallDialog)
        self.copyFrom.setObjectName(u"copyFrom")

        self.copyRow.addWidget(self.copyFrom)

        self.copyButton = QPushButton(CallDialog)
        self.copyButton.setObjectName(u"copyButton")

        self.copyRow.addWidget(self.copyButton)


        self.formLayout.setLayout(12, QFormLayout.ItemRole.FieldRole, self.copyRow)


        self.verticalLayout.addLayout(self.formLayout)

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
        self.settlementsLabel.setBuddy(self.settlements)
        self.attachmentsLabel.setBuddy(self.attachments)
        self.descriptionLabel.setBuddy(self.description)
        self.criteriaTableLabel.setBuddy(self.criteriaTable)
        self.copyFromLabel.setBuddy(self.copyFrom)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.title, self.titleKk)
        QWidget.setTabOrder(self.titleKk, self.code)
        QWidget.setTabOrder(self.code, self.cycle)
        QWidget.setTabOrder(self.cycle, self.opensOn)
        QWidget.setTabOrder(self.opensOn, self.deadline)
        QWidget.setTabOrder(self.deadline, self.maxGrant)
        QWidget.setTabOrder(self.maxGrant, self.envelope)
        QWidget.setTabOrder(self.envelope, self.settlements)
        QWidget.setTabOrder(self.settlements, self.attachments)
        QWidget.setTabOrder(self.attachments, self.description)
        QWidget.setTabOrder(self.description, self.criteriaTable)
        QWidget.setTabOrder(self.criteriaTable, self.copyFrom)
        QWidget.setTabOrder(self.copyFrom, self.copyButton)
        QWidget.setTabOrder(self.copyButton, self.buttonBox)

        self.retranslateUi(CallDialog)
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
        self.settlementsLabel.setText(QCoreApplication.translate("CallDialog", u"Eligible &settlements", None))
        self.attachmentsLabel.setText(QCoreApplication.translate("CallDialog", u"Required &attachments", None))
        self.descriptionLabel.setText(QCoreApplication.translate("CallDialog", u"Descri&ption", None))
        self.criteriaTableLabel.setText(QCoreApplication.translate("CallDialog", u"C&riteria", None))
        self.copyFromLabel.setText(QCoreApplication.translate("CallDialog", u"Re&use criteria of", None))
        self.copyButton.setText(QCoreApplication.translate("CallDialog", u"&Copy", None))
    # retranslateUi

