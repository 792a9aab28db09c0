; Inno Setup script: a per-user installer for the Windows bundle (dist\livc-desktop).
; NEVER BUILT ON THE PROJECT'S LINUX MACHINES: built and tested by
; .github/workflows/windows.yml only (iscc installer\livc-desktop.iss /DVersion=x.y.z).
;
; - No administrator rights: installs under %LOCALAPPDATA%\Programs\LIVC Desktop.
; - Start-menu entry; no desktop icon unless chosen.
; - The uninstaller removes the program only: the register, its backups and the log live
;   in %LOCALAPPDATA%\livc-desktop and are never touched.
; - Silent install for IT: LIVC-Desktop-Setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;   (add /DIR="..." for another folder; unins000.exe /VERYSILENT to remove).

#ifndef Version
  #define Version "0.1.0"
#endif

[Setup]
AppId={{5C2B8E0D-6C57-4D0B-9F43-0B6E6E1A7C21}
AppName=LIVC Desktop
AppVersion={#Version}
AppPublisher=LIVC Desktop developers
DefaultDirName={localappdata}\Programs\LIVC Desktop
DefaultGroupName=LIVC Desktop
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=LIVC-Desktop-Setup-{#Version}
SetupIconFile=..\resources\icons\livc-desktop.ico
UninstallDisplayIcon={app}\livc-desktop.exe
LicenseFile=..\LICENSE
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle; an update replaces it (the register migrates itself).
Source: "..\dist\livc-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; A previous version's program files (never the register: it is not under {app}).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{userprograms}\LIVC Desktop"; Filename: "{app}\livc-desktop.exe"; WorkingDir: "{app}"
Name: "{userdesktop}\LIVC Desktop"; Filename: "{app}\livc-desktop.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\livc-desktop.exe"; Description: "{cm:LaunchProgram,LIVC Desktop}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the installer itself put under {app}; %LOCALAPPDATA%\livc-desktop stays.
Type: filesandordirs; Name: "{app}\_internal"
