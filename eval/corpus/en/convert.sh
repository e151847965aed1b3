#!/usr/bin/env bash
# Regenerates the converted documents of the English corpus from the Markdown kept in sources/
# (same base name): .docx and .html with pandoc; .pdf with pandoc (-> .docx) then LibreOffice.
# The sources are the documents as published; only the format changes (SOURCES.md says which).
# Fixed timestamps (SOURCE_DATE_EPOCH) and zeroed PDF IDs keep the bytes stable on the same tool
# versions; other versions or fonts may change bytes and layout, not the text.
# Usage: eval/corpus/en/convert.sh [target ...]     Needs: pandoc >= 2.17, soffice (LibreOffice >= 7), perl.
set -euo pipefail

dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
targets=(mozilla-hubs-terms.pdf zulip-rules-of-use.html automattic-crowdsignal-terms.docx hhs-sample-business-associate-agreement.docx opencollective-terms-of-service.docx)
if [ "$#" -gt 0 ]; then targets=("$@"); fi

export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-1796515200}" TZ=UTC LC_ALL=C.UTF-8   # 2026-12-06
pdf_date="$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y%m%d%H%M%S)"
for tool in pandoc soffice perl; do
  command -v "$tool" >/dev/null || { echo "convert: $tool not found" >&2; exit 1; }
done
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

for target in "${targets[@]}"; do
  name="${target%.*}" ext="${target##*.}" in="$dir/sources/${target%.*}.md"
  [ -f "$in" ] || { echo "convert: missing source $in" >&2; exit 1; }
  case "$ext" in
    docx) pandoc --from markdown --to docx -o "$dir/$target" "$in" ;;
    html) pandoc --standalone --from markdown --to html5 --metadata pagetitle="$name" -o "$dir/$target" "$in" ;;
    pdf)
      pandoc --from markdown --to docx -o "$tmp/$name.docx" "$in"
      soffice "-env:UserInstallation=file://$tmp/lo-profile" --headless --convert-to pdf --outdir "$tmp" "$tmp/$name.docx" >/dev/null 2>&1
      [ -f "$tmp/$name.pdf" ] || { echo "convert: LibreOffice did not produce $name.pdf" >&2; exit 1; }
      PDF_DATE="$pdf_date" perl -0pi -e '
        s{(/(?:CreationDate|ModDate)\(D:)\d{14}}{$1$ENV{PDF_DATE}}g;
        s{(/ID\s*\[\s*<)[0-9A-Fa-f]{32}(>\s*<)[0-9A-Fa-f]{32}(>)}{$1 . ("0" x 32) . $2 . ("0" x 32) . $3}ge;
        s{(/DocChecksum\s*/)[0-9A-Fa-f]{32}}{$1 . ("0" x 32)}ge;
      ' "$tmp/$name.pdf"
      mv "$tmp/$name.pdf" "$dir/$target" ;;
    *) echo "convert: unsupported format .$ext ($target)" >&2; exit 1 ;;
  esac
  echo "eval/corpus/en/$target"
done
