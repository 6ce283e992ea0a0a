using System.Text;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Leads.Application.Intake;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Leads.Application.Import;

/// <summary>
/// Parses and validates a lead CSV. Policy: all or nothing — if any row is bad nothing is imported
/// (see Modules/Leads/README.md); the preview lists every row's problems so the file can be fixed.
/// Columns: contact, company, phone, source, industry, budget, need, notes (header row required).
/// </summary>
internal sealed class ImportCommands(
    LeadsDbContext db, UnitOfWork<LeadsDbContext> uow, IntakeCommands intake, CustomerRegistrationService customers, RecordAccess access)
{
    public const int MaxBytes = 1024 * 1024;
    public const int MaxRows = 2000;

    /// <summary>Imports every row of the file, or none (refused with Import_Blocked) if any row has a problem.</summary>
    public async Task<int> ImportAsync(string csv, CancellationToken ct)
    {
        var rows = await PreviewAsync(csv, ct);
        DomainException.ThrowIf(rows.Count == 0 || rows.Any(r => !r.Valid), "Import_Blocked");
        foreach (var row in rows)
        {
            var duplicate = (await customers.FindDuplicatesAsync(row.Details, ct)).FirstOrDefault();
            await intake.AddAsync(row.Details, access.UserId, duplicate, ct);
        }
        await uow.CommitAsync("Lead.Import", ct);
        return rows.Count;
    }

    /// <summary>Every row with its problems (nothing is saved).</summary>
    public async Task<IReadOnlyList<CsvRow>> PreviewAsync(string text, CancellationToken ct)
    {
        var tags = await db.TagOptions.ToListAsync(ct);
        bool Known(TagCategory c, string? v) => string.IsNullOrEmpty(v) || tags.Any(t => t.Category == c && t.Value == v);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var rows = new List<CsvRow>();
        var phones = new HashSet<string>();
        for (var i = 1; i < lines.Length && rows.Count <= MaxRows; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }
            var cells = Split(lines[i]);
            string? Cell(int n) => n < cells.Count && !string.IsNullOrWhiteSpace(cells[n]) ? cells[n].Trim() : null;
            var details = new LeadDetails(
                Cell(0) ?? "", Cell(1) ?? "", Cell(2) ?? "", Cell(3) ?? "", Cell(4), Cell(5), Cell(6), Cell(7));
            var errors = new List<string>();
            if (details.ContactName.Length == 0) errors.Add("Import_Error_Contact");
            if (details.Company.Length == 0) errors.Add("Import_Error_Company");
            if (!DuplicateKeys.IsValidPhone(details.Phone)) errors.Add("Import_Error_Phone");
            else if (!phones.Add(DuplicateKeys.Phone(details.Phone))) errors.Add("Import_Error_DuplicateInFile");
            if (details.Source.Length == 0 || !Known(TagCategory.Source, details.Source)) errors.Add("Import_Error_Source");
            if (!Known(TagCategory.Industry, details.Industry)) errors.Add("Import_Error_Industry");
            if (!Known(TagCategory.Budget, details.BudgetBand)) errors.Add("Import_Error_Budget");
            if (!Known(TagCategory.Need, details.NeedType)) errors.Add("Import_Error_Need");
            rows.Add(new CsvRow(i + 1, details, errors));
        }
        return rows;
    }

    /// <summary>RFC 4180-style split of one line: commas, double quotes, "" as an escaped quote.</summary>
    public static List<string> Split(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }
        cells.Add(cell.ToString());
        return cells;
    }
}
