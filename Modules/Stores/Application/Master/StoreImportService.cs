using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Csv;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Application.Master;

/// <summary>
/// Store CSV import (configuration roles): a preview that saves nothing, then "import all" that saves every line or none
/// in one transaction. An existing code updates that store, a new code creates one (both in the operation log). Reading
/// (UTF-8 or GBK/GB18030, quoting, limits Stores:Import:MaxRows / MaxBytes) is the kernel's <see cref="CsvFile"/>.
/// Columns by position, after a header line: code, name, address, region, latitude, longitude, radius (m), minimum dwell
/// (min), supervisor (user name), managers (user names separated by ; or 、). A blank radius or dwell keeps the store's
/// (defaults for a new one); blank people mean none.
/// </summary>
internal sealed class StoreImportService(
    StoresDbContext db, UnitOfWork<StoresDbContext> unitOfWork, StoresAccess access, StoreEditService edit, StorePeopleService people,
    IConfiguration configuration)
{
    public const string Operation = "Store.Import";
    private static readonly char[] ManagerSeparators = [';', '；', '、'];

    public CsvLimits Limits { get; } = new(
        configuration.GetValue("Stores:Import:MaxRows", 5_000), configuration.GetValue("Stores:Import:MaxBytes", 2L * 1024 * 1024));

    /// <summary>An uploaded file: decoded (refused whole when over a limit or garbled) and previewed.</summary>
    public async Task<(string Text, StoreImportPreview Preview)> PreviewFileAsync(byte[] file, CancellationToken ct)
    {
        access.EnsureCanConfigure();
        var text = CsvFile.Decode(file, Limits);
        return (text, (await PlanAsync(text, tracked: false, ct)).Preview);
    }

    /// <summary>
    /// Saves every line or none: refused when the text is not the previewed file (<paramref name="hash"/>) or when a line has
    /// a problem now. Returns the number of stores created or updated.
    /// </summary>
    public async Task<int> ImportAsync(string text, string? hash, CancellationToken ct)
    {
        access.EnsureCanConfigure();
        DomainException.ThrowIf(
            !string.Equals(StoreImportPreview.HashOf(text), hash, StringComparison.OrdinalIgnoreCase), "Master_Import_Error_Changed");
        var (preview, existing) = await PlanAsync(text, tracked: true, ct);
        try
        {
            if (!preview.CanImport)
            {
                throw new StoreImportRefused("Master_Import_Error_Blocked", preview);
            }
            foreach (var draft in preview.Rows.Select(r => r.Draft!))
            {
                if (existing.TryGetValue(draft.Code.ToUpperInvariant(), out var store))
                {
                    edit.Apply(store, draft with { Code = store.Code }, Operation);
                }
                else
                {
                    edit.Create(draft, Operation);
                }
            }
            await unitOfWork.CommitAsync(Operation, ct);
            return preview.Rows.Count;
        }
        catch (DomainException)
        {
            db.ChangeTracker.Clear();
            throw;
        }
        catch (DbUpdateException)
        {
            // A store with one of the new codes was created meanwhile: nothing was saved; preview again.
            db.ChangeTracker.Clear();
            throw new DomainException("Master_Import_Error_Conflict");
        }
    }

    private async Task<(StoreImportPreview Preview, Dictionary<string, Store> Existing)> PlanAsync(string text, bool tracked, CancellationToken ct)
    {
        var table = CsvFile.Read(text, Limits);
        var codes = table.Records.Select(r => r.Cell(0)?.ToUpperInvariant()).OfType<string>().Distinct().ToList();
        var stores = tracked ? db.Stores : db.Stores.AsNoTracking();
        var existing = (await stores.Where(s => codes.Contains(s.Code.ToUpper())).ToListAsync(ct))
            .ToDictionary(s => s.Code.ToUpperInvariant());
        var supervisors = (await people.SupervisorsAsync(ct)).ToDictionary(u => u.UserName, u => u.Id, StringComparer.OrdinalIgnoreCase);
        var managers = (await people.ManagersAsync(ct)).ToDictionary(u => u.UserName, u => u.Id, StringComparer.OrdinalIgnoreCase);
        var seen = new Dictionary<string, int>();
        var rows = table.Records.Select(r => Read(r, existing, supervisors, managers, seen)).ToList();
        rows.AddRange(table.Errors.Select(e =>
            new StoreImportRow(e.Line, null, null, null, null, null, null, null, false, null, [ImportProblem.Of(e.Key)])));
        return (new StoreImportPreview([.. rows.OrderBy(r => r.Line)], StoreImportPreview.HashOf(text)), existing);
    }

    private static StoreImportRow Read(
        CsvRecord record, Dictionary<string, Store> existing, Dictionary<string, Guid> supervisors, Dictionary<string, Guid> managers,
        Dictionary<string, int> seen)
    {
        var problems = new List<ImportProblem>();
        var code = record.Cell(0);
        var name = record.Cell(1);
        var address = record.Cell(2);
        var region = record.Cell(3);
        var store = code is null ? null : existing.GetValueOrDefault(code.ToUpperInvariant());
        Text(code, Store.CodeMaxLength, "Store_Error_Code", problems);
        Text(name, Store.NameMaxLength, "Store_Error_Name", problems);
        Text(region, Store.RegionMaxLength, "Store_Error_Region", problems);
        if (address?.Length > Store.AddressMaxLength)
        {
            problems.Add(ImportProblem.Of("Store_Error_Address", Store.AddressMaxLength));
        }
        if (code is not null && !seen.TryAdd(code.ToUpperInvariant(), record.Line))
        {
            problems.Add(ImportProblem.Of("Master_Import_Error_DuplicateInFile", code, seen[code.ToUpperInvariant()]));
        }
        var latitude = Coordinate(record.Cell(4), 90, "Master_Import_Error_Latitude", problems);
        var longitude = Coordinate(record.Cell(5), 180, "Master_Import_Error_Longitude", problems);
        var radius = Whole(record.Cell(6), store?.RadiusMeters ?? Store.DefaultRadiusMeters, Store.MinRadiusMeters, Store.MaxRadiusMeters,
            problems, "Store_Error_Radius", Store.MinRadiusMeters, Store.MaxRadiusMeters);
        var dwell = Whole(record.Cell(7), store?.MinDwellMinutes ?? Store.DefaultMinDwellMinutes, 0, Store.MaxDwellMinutes,
            problems, "Store_Error_Dwell", Store.MaxDwellMinutes);
        var supervisorName = record.Cell(8);
        Guid? supervisor = null;
        if (supervisorName is not null)
        {
            if (supervisors.TryGetValue(supervisorName, out var id))
            {
                supervisor = id;
            }
            else
            {
                problems.Add(ImportProblem.Of("Master_Import_Error_Supervisor", supervisorName));
            }
        }
        var managerNames = record.Cell(9);
        var managerIds = new List<Guid>();
        var split = StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries;
        foreach (var manager in (managerNames ?? string.Empty).Split(ManagerSeparators, split))
        {
            if (managers.TryGetValue(manager, out var id))
            {
                managerIds.Add(id);
            }
            else
            {
                problems.Add(ImportProblem.Of("Master_Import_Error_Manager", manager));
            }
        }
        var draft = problems.Count > 0 ? null : new StoreDraft(code!, name!, address, region!, latitude!.Value, longitude!.Value, radius, dwell,
            supervisor, [.. managerIds.Distinct()], store?.Active ?? true);
        return new StoreImportRow(record.Line, code, name, region, record.Cell(4), record.Cell(5), supervisorName, managerNames,
            store is not null, draft, problems);
    }

    private static void Text(string? value, int max, string key, List<ImportProblem> problems)
    {
        if (value is null)
        {
            problems.Add(ImportProblem.Of(key + "Required"));
        }
        else if (value.Length > max)
        {
            problems.Add(ImportProblem.Of(key + "TooLong", max));
        }
    }

    private static double? Coordinate(string? text, double limit, string key, List<ImportProblem> problems)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && Math.Abs(value) <= limit)
        {
            return value;
        }
        problems.Add(ImportProblem.Of(key, text ?? string.Empty));
        return null;
    }

    private static int Whole(string? text, int blank, int min, int max, List<ImportProblem> problems, string key, params object[] arguments)
    {
        if (text is null)
        {
            return blank;
        }
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }
        problems.Add(ImportProblem.Of(key, arguments));
        return blank;
    }
}
