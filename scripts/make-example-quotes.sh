#!/usr/bin/env bash
# Regenerates the converted example documents of examples/quotes/ from their Markdown sources in
# examples/quotes/sources/ (the .md and .txt examples are written by hand and shipped as they are):
#   .docx and .html  pandoc
#   .pdf             pandoc (Markdown -> .docx), then LibreOffice (.docx -> .pdf)
#
# Deterministic as far as the tools allow: pandoc honours SOURCE_DATE_EPOCH (fixed below); the PDF
# creation date, document ID and checksum that LibreOffice writes are overwritten with fixed values
# of the same length, so byte offsets stay valid. A different pandoc or LibreOffice version, or
# different installed fonts, may still change the bytes and the PDF layout (not the text).
#
# Usage: scripts/make-example-quotes.sh [file ...]    e.g. scripts/make-example-quotes.sh devis-leadflow-assurance.pdf
# Needs: pandoc (>= 2.17), soffice (LibreOffice >= 7), perl.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
src="$root/examples/quotes/sources"
out="$root/examples/quotes"

# Shipped file <- sources/<same name>.md
targets=(
  devis-leadflow-assurance.pdf
  devis-watt-contact-renovation-energetique.docx
  contrat-cadre-kalyso-cofinea.docx
  bon-de-commande-gagnez-plus-coregistration.html
  accord-sous-traitance-neolead-nexaline.pdf
  quote-northstar-home-insurance.docx
  insertion-order-clickvantage-lumio.html
  order-form-brightline-live-transfers.pdf
  lead-generation-agreement-harbourline-bellport.pdf
)
if [ "$#" -gt 0 ]; then targets=("$@"); fi

# 2026-11-30T00:00:00Z: the date stamped in every generated file.
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-1795996800}"
pdf_date="$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y%m%d%H%M%S)"
export TZ=UTC LC_ALL=C.UTF-8

for tool in pandoc soffice perl; do
  command -v "$tool" >/dev/null || { echo "make-example-quotes: $tool not found" >&2; exit 1; }
done

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# A private LibreOffice profile: no interference with a running instance or the user's settings.
lo_profile="file://$tmp/lo-profile"

for target in "${targets[@]}"; do
  name="${target%.*}"
  ext="${target##*.}"
  in="$src/$name.md"
  [ -f "$in" ] || { echo "make-example-quotes: missing source $in" >&2; exit 1; }
  case "$ext" in
    docx)
      pandoc --from markdown --to docx -o "$out/$target" "$in"
      ;;
    html)
      pandoc --standalone --from markdown --to html5 -o "$out/$target" "$in"
      ;;
    pdf)
      pandoc --from markdown --to docx -o "$tmp/$name.docx" "$in"
      soffice "-env:UserInstallation=$lo_profile" --headless --convert-to pdf --outdir "$tmp" "$tmp/$name.docx" >/dev/null 2>&1
      [ -f "$tmp/$name.pdf" ] || { echo "make-example-quotes: LibreOffice did not produce $name.pdf" >&2; exit 1; }
      # Same-length replacements only (the cross-reference table holds byte offsets).
      PDF_DATE="$pdf_date" perl -0pi -e '
        s{(/(?:CreationDate|ModDate)\(D:)\d{14}}{$1$ENV{PDF_DATE}}g;
        s{(/ID\s*\[\s*<)[0-9A-Fa-f]{32}(>\s*<)[0-9A-Fa-f]{32}(>)}{$1 . ("0" x 32) . $2 . ("0" x 32) . $3}ge;
        s{(/DocChecksum\s*/)[0-9A-Fa-f]{32}}{$1 . ("0" x 32)}ge;
      ' "$tmp/$name.pdf"
      mv "$tmp/$name.pdf" "$out/$target"
      ;;
    *)
      echo "make-example-quotes: unsupported format .$ext ($target)" >&2; exit 1
      ;;
  esac
  echo "examples/quotes/$target"
done
