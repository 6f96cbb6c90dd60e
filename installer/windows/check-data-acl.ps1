# Checks that the ATR data folder (%APPDATA%\ATR, or $env:ATR_HOME) can be read by its owner only:
# run by the administrator after installing ATR for a user (installer/README.md, "Who can read the data").
# Exit 1, naming the entry, when an ACL entry lets anyone but the user, SYSTEM or Administrators read it.
$ErrorActionPreference = 'Stop'
$Folder = if ($env:ATR_HOME) { $env:ATR_HOME } else { Join-Path $env:APPDATA 'ATR' }
if (-not (Test-Path $Folder)) { New-Item -ItemType Directory -Path $Folder | Out-Null }
$Me = [System.Security.Principal.WindowsIdentity]::GetCurrent().User
$Allowed = @($Me.Value, 'S-1-5-18', 'S-1-5-32-544')  # the user, SYSTEM, Administrators
$Bad = @()
foreach ($Rule in (Get-Acl $Folder).Access) {
    $Sid = $Rule.IdentityReference.Translate([System.Security.Principal.SecurityIdentifier]).Value
    if ($Rule.AccessControlType -eq 'Allow' -and $Allowed -notcontains $Sid) {
        $Bad += "$($Rule.IdentityReference) ($($Rule.FileSystemRights))"
    }
}
if ($Bad.Count -gt 0) {
    Write-Error "Thư mục dữ liệu $Folder cho người khác đọc: $($Bad -join '; '). Sửa: icacls `"$Folder`" /inheritance:r /grant:r `"${env:USERNAME}:(OI)(CI)F`" SYSTEM:(OI)(CI)F Administrators:(OI)(CI)F"
    exit 1
}
Write-Output "OK: chỉ người dùng $env:USERNAME (và SYSTEM, Administrators) đọc được $Folder"
