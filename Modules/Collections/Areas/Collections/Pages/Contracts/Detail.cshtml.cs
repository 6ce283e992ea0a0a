using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using SalesSuite.Collections.Application;
using SalesSuite.Collections.Application.Contracts;
using SalesSuite.Collections.Areas.Collections.Pages.Shared;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Collections.Areas.Collections.Pages.Contracts;

/// <summary>One contract: header, terms, schedule with links to each milestone, allocated payments, schedule changes, history.</summary>
public sealed class DetailModel : PageModel
{
    private readonly ContractQueries _queries;
    private readonly CollectionsAccess _access;
    private readonly BusinessClock _clock;

    internal DetailModel(ContractQueries queries, CollectionsAccess access, BusinessClock clock)
    {
        _queries = queries;
        _access = access;
        _clock = clock;
    }

    internal ContractDetail Detail { get; private set; } = null!;
    internal IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();
    public bool CanChangeSchedule => _access.IsFinance && Detail.Contract.ClosedLoopAt is null;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await _queries.DetailAsync(id, ct) is not { } detail)
        {
            return NotFound();
        }
        Detail = detail;
        Names = await _access.Records.NamesAsync(ct);
        return Page();
    }

    internal HistoryView History => new(Detail.History, Names, _clock);

    internal string Name(Guid? id) => id is { } v && Names.TryGetValue(v, out var name) ? name : "—";

    internal string Format(Instant at) => _clock.Format(at);
}
