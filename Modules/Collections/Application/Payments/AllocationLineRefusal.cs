using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Collections.Application.Payments;

/// <summary>A by-hand line the aggregate refused (e.g. beyond what is outstanding): the refusal plus the form line it belongs to.</summary>
internal sealed class AllocationLineRefusal(int index, DomainException refusal) : DomainException(refusal.Key, [.. refusal.Arguments])
{
    public int Index { get; } = index;
}
