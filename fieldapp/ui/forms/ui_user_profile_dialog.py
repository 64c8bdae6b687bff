# generated from ui/user_profile_dialog.ui (sha256 cba85658bb2e77c78d609122a8428baba27759b4f82f2170f4a35d9d6cbe6235) by `python -m fieldapp.ui.build` — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'user_profile_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_UserProfileDialog(object):
    def setupUi(self, UserProfileDialog):
        if not UserProfileDialog.objectName():
            UserProfileDialog.setObjectName(u"UserProfileDialog")
        UserProfileDialog.resize(460, 240)
        self.verticalLayout = QVBoxLayout(UserProfileDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.intro = QLabel(UserProfileDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.verticalLayout.addWidget(self.intro)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.existingLabel = QLabel(UserProfileDialog)
        self.existingLabel.setObjectName(u"existingLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.existingLabel)

        self.existing = QComboBox(UserProfileDialog)
        self.existing.setObjectName(u"existing")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.existing)

        self.nameLabel = QLabel(UserProfileDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(UserProfileDialog)
        self.name.setObjectName(u"name")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name)

        self.roleLabel = QLabel(UserProfileDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.role = QComboBox(UserProfileDialog)
        self.role.setObjectName(u"role")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.role)


        self.verticalLayout.addLayout(self.formLayout)

        self.verticalSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(UserProfileDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.existingLabel.setBuddy(self.existing)
        self.nameLabel.setBuddy(self.name)
        self.roleLabel.setBuddy(self.role)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.existing, self.name)
        QWidget.setTabOrder(self.name, self.role)

        self.retranslateUi(UserProfileDialog)
    # setupUi

    def retranslateUi(self, UserProfileDialog):
        UserProfileDialog.setWindowTitle(QCoreApplication.translate("UserProfileDialog", u"Who is working?", None))
        self.intro.setText(QCoreApplication.translate("UserProfileDialog", u"Every change is recorded with the name of the person who made it. Choose your profile on this laptop or add a new one.", None))
        self.existingLabel.setText(QCoreApplication.translate("UserProfileDialog", u"&Profile", None))
        self.nameLabel.setText(QCoreApplication.translate("UserProfileDialog", u"&Name", None))
        self.name.setPlaceholderText(QCoreApplication.translate("UserProfileDialog", u"First and last name", None))
        self.roleLabel.setText(QCoreApplication.translate("UserProfileDialog", u"&Role", None))
    # retranslateUi

