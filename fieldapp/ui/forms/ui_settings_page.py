# generated from ui/settings_page.ui (sha256 5065e4f55d44a99040e4e4ec891b7958f751393730c53fa0dd96ee73c5238882) by `python -m fieldapp.ui.build` — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_page.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage):
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        SettingsPage.resize(640, 420)
        self.verticalLayout = QVBoxLayout(SettingsPage)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.interfaceGroup = QGroupBox(SettingsPage)
        self.interfaceGroup.setObjectName(u"interfaceGroup")
        self.interfaceForm = QFormLayout(self.interfaceGroup)
        self.interfaceForm.setObjectName(u"interfaceForm")
        self.interfaceForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.interfaceLanguageLabel = QLabel(self.interfaceGroup)
        self.interfaceLanguageLabel.setObjectName(u"interfaceLanguageLabel")

        self.interfaceForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.interfaceLanguageLabel)

        self.interfaceLanguage = QComboBox(self.interfaceGroup)
        self.interfaceLanguage.setObjectName(u"interfaceLanguage")

        self.interfaceForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.interfaceLanguage)

        self.interfaceLanguageNote = QLabel(self.interfaceGroup)
        self.interfaceLanguageNote.setObjectName(u"interfaceLanguageNote")
        self.interfaceLanguageNote.setWordWrap(True)

        self.interfaceForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.interfaceLanguageNote)


        self.verticalLayout.addWidget(self.interfaceGroup)

        self.documentsGroup = QGroupBox(SettingsPage)
        self.documentsGroup.setObjectName(u"documentsGroup")
        self.documentsForm = QFormLayout(self.documentsGroup)
        self.documentsForm.setObjectName(u"documentsForm")
        self.documentsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.documentLanguageLabel = QLabel(self.documentsGroup)
        self.documentLanguageLabel.setObjectName(u"documentLanguageLabel")

        self.documentsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.documentLanguageLabel)

        self.documentLanguage = QComboBox(self.documentsGroup)
        self.documentLanguage.setObjectName(u"documentLanguage")

        self.documentsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.documentLanguage)

        self.documentLanguageNote = QLabel(self.documentsGroup)
        self.documentLanguageNote.setObjectName(u"documentLanguageNote")
        self.documentLanguageNote.setWordWrap(True)

        self.documentsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.documentLanguageNote)

        self.issuerLabel = QLabel(self.documentsGroup)
        self.issuerLabel.setObjectName(u"issuerLabel")

        self.documentsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.issuerLabel)

        self.issuer = QLabel(self.documentsGroup)
        self.issuer.setObjectName(u"issuer")
        self.issuer.setWordWrap(True)
        self.issuer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.documentsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.issuer)

        self.logoLabel = QLabel(self.documentsGroup)
        self.logoLabel.setObjectName(u"logoLabel")

        self.documentsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.logoLabel)

        self.logoRow = QHBoxLayout()
        self.logoRow.setObjectName(u"logoRow")
        self.logoName = QLabel(self.documentsGroup)
        self.logoName.setObjectName(u"logoName")

        self.logoRow.addWidget(self.logoName)

        self.chooseLogo = QPushButton(self.documentsGroup)
        self.chooseLogo.setObjectName(u"chooseLogo")

        self.logoRow.addWidget(self.chooseLogo)

        self.removeLogo = QPushButton(self.documentsGroup)
        self.removeLogo.setObjectName(u"removeLogo")

        self.logoRow.addWidget(self.removeLogo)

        self.logoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logoRow.addItem(self.logoSpacer)


        self.documentsForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.logoRow)


        self.verticalLayout.addWidget(self.documentsGroup)

        self.profileGroup = QGroupBox(SettingsPage)
        self.profileGroup.setObjectName(u"profileGroup")
        self.profileForm = QFormLayout(self.profileGroup)
        self.profileForm.setObjectName(u"profileForm")
        self.profileForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.currentUserLabel = QLabel(self.profileGroup)
        self.currentUserLabel.setObjectName(u"currentUserLabel")

        self.profileForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.currentUserLabel)

        self.currentUser = QLabel(self.profileGroup)
        self.currentUser.setObjectName(u"currentUser")
        self.currentUser.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.profileForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.currentUser)

        self.changeUser = QPushButton(self.profileGroup)
        self.changeUser.setObjectName(u"changeUser")

        self.profileForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.changeUser)


        self.verticalLayout.addWidget(self.profileGroup)

        self.verticalSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.verticalSpacer)

#if QT_CONFIG(shortcut)
        self.interfaceLanguageLabel.setBuddy(self.interfaceLanguage)
        self.documentLanguageLabel.setBuddy(self.documentLanguage)
        self.logoLabel.setBuddy(self.chooseLogo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.interfaceLanguage, self.documentLanguage)
        QWidget.setTabOrder(self.documentLanguage, self.chooseLogo)
        QWidget.setTabOrder(self.chooseLogo, self.removeLogo)
        QWidget.setTabOrder(self.removeLogo, self.changeUser)

        self.retranslateUi(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
        self.interfaceGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Interface", None))
        self.interfaceLanguageLabel.setText(QCoreApplication.translate("SettingsPage", u"Interface &language", None))
        self.interfaceLanguageNote.setText(QCoreApplication.translate("SettingsPage", u"Takes effect at once and is remembered on this computer.", None))
        self.documentsGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Documents", None))
        self.documentLanguageLabel.setText(QCoreApplication.translate("SettingsPage", u"&Document language", None))
        self.documentLanguageNote.setText(QCoreApplication.translate("SettingsPage", u"Sign-in sheets, certificates, summaries and rankings are printed in this language; a decision letter in the applicant's.", None))
        self.issuerLabel.setText(QCoreApplication.translate("SettingsPage", u"Issuer", None))
        self.logoLabel.setText(QCoreApplication.translate("SettingsPage", u"&Logo", None))
        self.chooseLogo.setText(QCoreApplication.translate("SettingsPage", u"C&hoose a picture\u2026", None))
        self.removeLogo.setText(QCoreApplication.translate("SettingsPage", u"&Remove", None))
        self.profileGroup.setTitle(QCoreApplication.translate("SettingsPage", u"User profile", None))
        self.currentUserLabel.setText(QCoreApplication.translate("SettingsPage", u"Working as", None))
        self.changeUser.setText(QCoreApplication.translate("SettingsPage", u"&Change or add a profile\u2026", None))
        pass
    # retranslateUi

