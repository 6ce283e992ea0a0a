using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using NodaTime;
using NodaTime.Text;
using SalesSuite.Collections.Data;
using SalesSuite.Collections.Domain;
using SalesSuite.SharedKernel.Csv;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Money;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Collections.Application.Payments.Import;

/// <summary>
/// Bank-statement import (Finance): a preview that saves nothing, then a confirmation that saves every row or none in one
/// transaction. Reading (UTF-8 or GBK/GB18030, quoting, limits) is the kernel's <see cref="CsvFile"/>; limits:
/// Collections:Import:MaxRows / MaxBytes. Each row: a reference already recorded is a problem; the customer is found by
/// code, else by payer name; an open milestone whose outstanding equals the amount takes it, else oldest first.
/// </summary>
internal sealed class PaymentImportCommands(
    CollectionsDbContext db, CollectionsAccess access, PaymentRecordingService recording, BusinessClock business, IConfiguration configuration)
{
    private static readonly string[] DateFormats = ["uuuu-MM-dd", "uuuu/MM/dd", "uuuu-M-d", "uuuu/M/d", "uuuu.MM.dd", "uuuuMMdd"];
    private static readonly LocalDatePattern[] DatePatterns = [.. DateFormats.Select(LocalDatePattern.CreateWithInvariantCulture)];

    public CsvLimits Limits { get; } = new(
        configuration.GetValue("Collections:Import:MaxRows", 2_000), configuration.GetValue("Collections:Import:MaxBytes", 2L * 1024 * 1024));

    /// <summary>An uploaded file: decoded (refused whole when over a limit or garbled) and previewed.</summary>
    public async Task<(string Text, ImportPreview Preview)> PreviewFileAsync(byte[] file, CancellationToken ct)
    {
        access.EnsureFinance();
        var text = CsvFile.Decode(file, Limits);
        return (text, await PreviewAsync(text, ct));
    }

    /// <summary>Every row with its match and problems, in file order; nothing is saved.</summary>
    public async Task<ImportPreview> PreviewAsync(string text, CancellationToken ct)
    {
        access.EnsureFinance();
        try
        {
            return (await PlanAsync(text, finish: false, ct)).Preview;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// Saves every row, or none: refused when the text is not the previewed file (<paramref name="hash"/>), when a row has a
    /// problem now, or when the matching moved since the preview (<paramref name="fingerprint"/>). Returns the rows saved.
    /// </summary>
    public async Task<int> ImportAsync(string text, string? hash, string? fingerprint, CancellationToken ct)
    {
        access.EnsureFinance();
        DomainException.ThrowIf(!string.Equals(ImportPreview.HashOf(text), hash, StringComparison.OrdinalIgnoreCase), "PaymentImport_Error_Changed");
        var plan = await PlanAsync(text, finish: true, ct);
        if (!plan.Preview.CanImport || plan.Preview.Fingerprint != fingerprint)
        {
            db.ChangeTracker.Clear();
            throw new ImportRefused(plan.Preview.CanImport ? "PaymentImport_Error_Stale" : "PaymentImport_Error_Blocked", plan.Preview);
        }
        await recording.CommitAsync("Payment.Import", [.. plan.Payments.Select(p => p.Payment.ReferenceKey)], ct);
        return plan.Payments.Count;
    }

    /// <summary>Reads and matches every row, allocating on the tracked milestones in file order (so rows see each other).</summary>
    private async Task<(ImportPreview Preview, List<AllocatedPayment> Payments)> PlanAsync(string text, bool finish, CancellationToken ct)
    {
        var table = CsvFile.Read(text, Limits);
        var columns = StatementColumns.From(table.Header);
        var customers = await CustomersAsync(table, columns, ct);
        var recorded = await RecordedAsync(table, columns, ct);
        var seen = new HashSet<string>();
        var rows = new List<ImportRow>();
        var payments = new List<AllocatedPayment>();
        foreach (var record in table.Records)
        {
            var row = Read(record, columns, customers, recorded, seen);
            if (row.Valid)
            {
                (row, var allocated) = await AllocateAsync(row, finish, ct);
                if (allocated is not null)
                {
                    payments.Add(allocated);
                }
            }
            rows.Add(row);
        }
        rows.AddRange(table.Errors.Select(e => Blank(e.Line, ImportProblem.Of(e.Key))));
        var numbers = await ContractNumbersAsync(payments, ct);
        var shown = rows.OrderBy(r => r.Line).Select(r => r with
        {
            Allocations = [.. r.Allocations.Select(a => a with { ContractNumber = numbers.GetValueOrDefault(a.ContractId, string.Empty) })],
        }).ToList();
        return (new ImportPreview(shown, ImportPreview.HashOf(text)), payments);
    }

    private ImportRow Read(
        CsvRecord record, StatementColumns columns, IReadOnlyList<CustomerAccount> customers,
        IReadOnlyDictionary<string, Payment> recorded, HashSet<string> seen)
    {
        var problems = new List<ImportProblem>();
        var dateText = record.Value(columns.Date);
        var paidOn = ParseDate(dateText);
        if (paidOn is null || paidOn > business.Today)
        {
            problems.Add(ImportProblem.Of(paidOn is null ? "PaymentImport_Error_Date" : "Payment_Error_PaidOn"));
        }
        var reference = record.Value(columns.Reference);
        var key = reference is null ? null : Payment.NormalizeReference(reference);
        if (key is null)
        {
            problems.Add(ImportProblem.Of("Payment_Error_ReferenceRequired"));
        }
        else if (recorded.TryGetValue(key, out var earlier))
        {
            problems.Add(ImportProblem.Of("Payment_Error_DuplicateReference", earlier.BankReference, business.Format(earlier.RecordedAt)));
        }
        else if (!seen.Add(key))
        {
            problems.Add(ImportProblem.Of("PaymentImport_Error_DuplicateInFile", reference!));
        }
        var amount = AmountText.Parse(record.Value(columns.Amount));
        if (amount is not { } a || !ScheduleMath.IsValidAmount(a))
        {
            problems.Add(ImportProblem.Of("Payment_Error_Amount"));
        }
        var currency = (columns.Currency is null ? null : record.Value(columns.Currency))?.ToUpperInvariant() ?? Money.DefaultCurrency;
        if (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
        {
            problems.Add(ImportProblem.Of("Payment_Error_CurrencyCode"));
        }
        var payer = record.Value(columns.Payer);
        var code = columns.Code is null ? null : record.Value(columns.Code);
        var customer = FindCustomer(customers, code, payer, problems);
        var memo = columns.Memo is null ? null : record.Value(columns.Memo);
        return new ImportRow(record.Line, dateText, reference, payer, amount, currency, code, memo,
            customer?.CustomerId, customer?.Name, false, [], 0m, problems);
    }

    /// <summary>By code when the row has one (it must exist), else the one customer whose name is the payer's.</summary>
    private static CustomerAccount? FindCustomer(IReadOnlyList<CustomerAccount> customers, string? code, string? payer, List<ImportProblem> problems)
    {
        if (code is not null)
        {
            var byCode = customers.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));
            if (byCode is null)
            {
                problems.Add(ImportProblem.Of("PaymentImport_Error_UnknownCode", code));
            }
            return byCode;
        }
        var byName = customers.Where(c => payer is not null && c.Name == payer).ToList();
        if (byName.Count != 1)
        {
            problems.Add(byName.Count == 0 ? ImportProblem.Of("PaymentImport_Error_NoCustomer", payer ?? string.Empty)
                : ImportProblem.Of("PaymentImport_Error_AmbiguousPayer", payer!));
        }
        return byName.Count == 1 ? byName[0] : null;
    }

    /// <summary>An open milestone owing exactly the amount takes it by hand; otherwise oldest first; the rest is credit.</summary>
    private async Task<(ImportRow Row, AllocatedPayment? Payment)> AllocateAsync(ImportRow row, bool finish, CancellationToken ct)
    {
        var customerId = row.CustomerId!.Value;
        var amount = row.Amount!.Value;
        var open = await recording.OpenReceivablesAsync(customerId, ct);
        var exact = open.Where(r => !r.IsPaid && r.Currency == row.Currency && r.Outstanding == amount)
            .OrderBy(r => r.DueDate is null).ThenBy(r => r.DueDate).ThenBy(r => r.CreatedAt).ThenBy(r => r.Sequence).FirstOrDefault();
        var draft = new PaymentDraft(row.Reference!, customerId, ParseDate(row.PaidOn)!.Value, amount, row.Currency, row.Payer,
            PaymentSource.BankImport, exact is null ? AllocationMode.OldestFirst : AllocationMode.ByHand,
            exact is null ? [] : [new AllocationLine(0, exact.Id, amount)]);
        try
        {
            var allocated = await recording.AllocateAsync(draft, null, access.UserId, ct);
            if (finish)
            {
                await recording.FinishAsync(allocated, access.UserId, ct);
            }
            // Contract numbers are filled in once for all rows.
            var allocations = allocated.Made.Select(m => new ImportAllocation(
                m.ReceivableId, m.ContractId, string.Empty, allocated.Receivables[m.ReceivableId].Title, m.Amount)).ToList();
            return (row with { ExactMatch = exact is not null, Allocations = allocations, Credit = allocated.Payment.Unallocated }, allocated);
        }
        catch (DomainException refusal)
        {
            return (row with { Problems = [ImportProblem.Of(refusal.Key, [.. refusal.Arguments])] }, null);
        }
    }

    private async Task<List<CustomerAccount>> CustomersAsync(CsvTable table, StatementColumns columns, CancellationToken ct)
    {
        var codes = columns.Code is null ? [] : table.Records.Select(r => r.Value(columns.Code)).OfType<string>().Distinct().ToList();
        var names = table.Records.Select(r => r.Value(columns.Payer)).OfType<string>().Distinct().ToList();
        var found = await db.Customers.AsNoTracking().Where(c => c.MergedInto == null && (codes.Contains(c.Code) || names.Contains(c.Name)))
            .ToListAsync(ct);
        // Codes typed in another case still match (the database compares exactly).
        var upper = codes.Select(c => c.ToUpperInvariant()).Except(found.Select(f => f.Code.ToUpperInvariant())).ToList();
        if (upper.Count > 0)
        {
            found.AddRange(await db.Customers.AsNoTracking().Where(c => c.MergedInto == null && upper.Contains(c.Code.ToUpper())).ToListAsync(ct));
        }
        return found;
    }

    private async Task<Dictionary<string, Payment>> RecordedAsync(CsvTable table, StatementColumns columns, CancellationToken ct)
    {
        var keys = table.Records.Select(r => r.Value(columns.Reference)).OfType<string>().Select(Payment.NormalizeReference).Distinct().ToList();
        return await db.Payments.AsNoTracking().Where(p => keys.Contains(p.ReferenceKey)).ToDictionaryAsync(p => p.ReferenceKey, ct);
    }

    private async Task<Dictionary<Guid, string>> ContractNumbersAsync(List<AllocatedPayment> payments, CancellationToken ct)
    {
        var ids = payments.SelectMany(p => p.Made).Select(m => m.ContractId).Distinct().ToList();
        return await db.Contracts.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Number, ct);
    }

    private static LocalDate? ParseDate(string? text)
    {
        var date = text?.Trim().Split(' ', 'T')[0];
        return string.IsNullOrEmpty(date) ? null
            : DatePatterns.Select(p => p.Parse(date)).FirstOrDefault(r => r.Success) is { } parsed ? parsed.Value : null;
    }

    private static ImportRow Blank(int line, ImportProblem problem) =>
        new(line, null, null, null, null, Money.DefaultCurrency, null, null, null, null, false, [], 0m, [problem]);
}
