# generated from ui/settings_page.ui (sha256 092c32b1b0896941c9936b10313113866ef984670b3cb9f1d57f222570b68aab) by `python -m fieldapp.ui.build` — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

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
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.interfaceLanguage, self.documentLanguage)
        QWidget.setTabOrder(self.documentLanguage, self.changeUser)

        self.retranslateUi(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
        self.interfaceGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Interface", None))
        self.interfaceLanguageLabel.setText(QCoreApplication.translate("SettingsPage", u"Interface &language", None))
        self.interfaceLanguageNote.setText(QCoreApplication.translate("SettingsPage", u"Takes effect at once and is remembered on this computer.", None))
        self.documentsGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Documents", None))
        self.documentLanguageLabel.setText(QCoreApplication.translate("SettingsPage", u"&Document language", None))
        self.documentLanguageNote.setText(QCoreApplication.translate("SettingsPage", u"Agreements, sign-in sheets and visit reports are printed in this language.", None))
        self.profileGroup.setTitle(QCoreApplication.translate("SettingsPage", u"User profile", None))
        self.currentUserLabel.setText(QCoreApplication.translate("SettingsPage", u"Working as", None))
        self.changeUser.setText(QCoreApplication.translate("SettingsPage", u"&Change or add a profile\u2026", None))
        pass
    # retranslateUi

