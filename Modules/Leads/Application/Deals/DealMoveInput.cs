namespace SalesSuite.Leads.Application.Deals;

/// <summary>
/// A stage move as posted: the version the form showed, the target, the typed values of the stage being left (by field
/// id) and the files posted for its "file" fields.
/// </summary>
internal sealed record DealMoveInput(
    int Version, Guid TargetStageId, IReadOnlyDictionary<Guid, string?> Values, IReadOnlyList<FieldUpload> Uploads);
