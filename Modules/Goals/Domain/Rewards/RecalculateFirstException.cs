using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Goals.Domain;

/// <summary>A close of a statement whose numbers changed since it was shown or calculated: 409, recalculate first.</summary>
internal sealed class RecalculateFirstException() : DomainException(ResourceKey)
{
    public const string ResourceKey = "Rewards_Error_RecalculateFirst";

    public override int StatusCode => 409;
}
