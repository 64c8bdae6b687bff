# generated from ui/settlement_dialog.ui (sha256 25b5aa425380aa7427f50b552d3e309136906e14defd91e2ec73137a37b1a4e3) by `python -m fieldapp.ui.build` — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settlement_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_SettlementDialog(object):
    def setupUi(self, SettlementDialog):
        if not SettlementDialog.objectName():
            SettlementDialog.setObjectName(u"SettlementDialog")
        SettlementDialog.resize(480, 260)
        self.verticalLayout = QVBoxLayout(SettlementDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.intro = QLabel(SettlementDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.verticalLayout.addWidget(self.intro)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nameRuLabel = QLabel(SettlementDialog)
        self.nameRuLabel.setObjectName(u"nameRuLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameRuLabel)

        self.nameRu = QLineEdit(SettlementDialog)
        self.nameRu.setObjectName(u"nameRu")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameRu)

        self.nameKkLabel = QLabel(SettlementDialog)
        self.nameKkLabel.setObjectName(u"nameKkLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameKkLabel)

        self.nameKk = QLineEdit(SettlementDialog)
        self.nameKk.setObjectName(u"nameKk")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameKk)

        self.nameEnLabel = QLabel(SettlementDialog)
        self.nameEnLabel.setObjectName(u"nameEnLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameEnLabel)

        self.nameEn = QLineEdit(SettlementDialog)
        self.nameEn.setObjectName(u"nameEn")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEn)

        self.katoLabel = QLabel(SettlementDialog)
        self.katoLabel.setObjectName(u"katoLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.katoLabel)

        self.kato = QLineEdit(SettlementDialog)
        self.kato.setObjectName(u"kato")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kato)


        self.verticalLayout.addLayout(self.formLayout)

        self.verticalSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(SettlementDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameRuLabel.setBuddy(self.nameRu)
        self.nameKkLabel.setBuddy(self.nameKk)
        self.nameEnLabel.setBuddy(self.nameEn)
        self.katoLabel.setBuddy(self.kato)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameRu, self.nameKk)
        QWidget.setTabOrder(self.nameKk, self.nameEn)
        QWidget.setTabOrder(self.nameEn, self.kato)

        self.retranslateUi(SettlementDialog)
    # setupUi

    def retranslateUi(self, SettlementDialog):
        SettlementDialog.setWindowTitle(QCoreApplication.translate("SettlementDialog", u"Edit settlement", None))
        self.intro.setText(QCoreApplication.translate("SettlementDialog", u"Names as they are written in each language, and the 9-digit KATO code where it is known.", None))
        self.nameRuLabel.setText(QCoreApplication.translate("SettlementDialog", u"Name in &Russian", None))
        self.nameKkLabel.setText(QCoreApplication.translate("SettlementDialog", u"Name in &Kazakh", None))
        self.nameEnLabel.setText(QCoreApplication.translate("SettlementDialog", u"Name in &English", None))
        self.katoLabel.setText(QCoreApplication.translate("SettlementDialog", u"&KATO code", None))
        self.kato.setPlaceholderText(QCoreApplication.translate("SettlementDialog", u"9 digits, e.g. 475200000", None))
    # retranslateUi

