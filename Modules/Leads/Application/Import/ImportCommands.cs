using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using SalesSuite.Leads.Application.Intake;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Csv;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Leads.Application.Import;

/// <summary>
/// Parses and validates a lead CSV. Policy: all or nothing — if any row is bad nothing is imported
/// (see Modules/Leads/README.md); the preview lists every row's problems so the file can be fixed.
/// Columns: contact, company, phone, source, industry, budget, need, notes (header row required).
/// Reading (encodings, quoting, limits) is the kernel's <see cref="CsvFile"/>; limits: Leads:Import:MaxRows / MaxBytes.
/// </summary>
internal sealed class ImportCommands(
    LeadsDbContext db, UnitOfWork<LeadsDbContext> uow, IntakeCommands intake, CustomerRegistrationService customers, RecordAccess access,
    IConfiguration configuration)
{
    public CsvLimits Limits { get; } = new(
        configuration.GetValue("Leads:Import:MaxRows", 20_000), configuration.GetValue("Leads:Import:MaxBytes", 8L * 1024 * 1024));

    /// <summary>Imports every row of the file, or none (refused with Import_Blocked) if any row has a problem.</summary>
    public async Task<int> ImportAsync(string csv, CancellationToken ct)
    {
        var rows = await PreviewAsync(csv, ct);
        DomainException.ThrowIf(rows.Count == 0 || rows.Any(r => !r.Valid), "Import_Blocked");
        var duplicates = await customers.FirstDuplicatesAsync([.. rows.Select(r => r.Details)], ct);
        var rules = await intake.RulesBySourceAsync(ct);
        for (var i = 0; i < rows.Count; i++)
        {
            await intake.AddAsync(rows[i].Details, access.UserId, duplicates[i], rules.GetValueOrDefault(rows[i].Details.Source), ct);
        }
        await uow.CommitAsync("Lead.Import", ct);
        return rows.Count;
    }

    /// <summary>An uploaded file: decoded (UTF-8 or GB18030) and checked; refused whole when over a limit or garbled.</summary>
    public async Task<(string Text, IReadOnlyList<CsvRow> Rows)> PreviewFileAsync(byte[] file, CancellationToken ct)
    {
        var text = CsvFile.Decode(file, Limits);
        return (text, await PreviewAsync(text, ct));
    }

    /// <summary>Every row with its problems, in file order (nothing is saved).</summary>
    public async Task<IReadOnlyList<CsvRow>> PreviewAsync(string text, CancellationToken ct)
    {
        var table = CsvFile.Read(text, Limits);
        var tags = (await db.TagOptions.AsNoTracking().ToListAsync(ct)).Select(t => (t.Category, t.Value)).ToHashSet();
        bool Known(TagCategory c, string? v) => string.IsNullOrEmpty(v) || tags.Contains((c, v));
        var rows = new List<CsvRow>();
        var phones = new HashSet<string>();
        foreach (var record in table.Records)
        {
            var details = new LeadDetails(record.Cell(0) ?? "", record.Cell(1) ?? "", record.Cell(2) ?? "", record.Cell(3) ?? "",
                record.Cell(4), record.Cell(5), record.Cell(6), record.Cell(7));
            var errors = new List<string>();
            if (details.ContactName.Length == 0) errors.Add("Import_Error_Contact");
            if (details.Company.Length == 0) errors.Add("Import_Error_Company");
            if (!DuplicateKeys.IsValidPhone(details.Phone)) errors.Add("Import_Error_Phone");
            else if (!phones.Add(DuplicateKeys.Phone(details.Phone))) errors.Add("Import_Error_DuplicateInFile");
            if (details.Source.Length == 0 || !Known(TagCategory.Source, details.Source)) errors.Add("Import_Error_Source");
            if (!Known(TagCategory.Industry, details.Industry)) errors.Add("Import_Error_Industry");
            if (!Known(TagCategory.Budget, details.BudgetBand)) errors.Add("Import_Error_Budget");
            if (!Known(TagCategory.Need, details.NeedType)) errors.Add("Import_Error_Need");
            rows.Add(new CsvRow(record.Line, details, errors));
        }
        rows.AddRange(table.Errors.Select(e => new CsvRow(e.Line, new LeadDetails("", "", "", "", null, null, null, null), [e.Key])));
        return [.. rows.OrderBy(r => r.Line)];
    }
}
