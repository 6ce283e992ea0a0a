using NodaTime;
using SalesSuite.Goals.Domain;
using SalesSuite.Goals.Domain.Campaigns;

namespace SalesSuite.Goals.Application.Campaigns;

/// <summary>A campaign as its detail page shows it: the flow, the progress grid, names, and what the reader may do.</summary>
internal sealed record CampaignDetail(
    Campaign Campaign, CampaignProgress Progress, IReadOnlyDictionary<Guid, KeyActionType> Types,
    IReadOnlyDictionary<Guid, string> Names, bool CanEdit, Guid Reader, LocalDate Today)
{
    public string Name(Guid userId) => Names.TryGetValue(userId, out var name) ? name : "—";

    public string TypeName(Guid id, bool chinese) => Types.TryGetValue(id, out var type) ? type.Name(chinese) : "—";
}
