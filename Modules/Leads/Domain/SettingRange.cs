using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Leads.Domain;

/// <summary>The allowed values of one setting; <see cref="Key"/> names the refusal text ({0} min, {1} max).</summary>
internal sealed record SettingRange(int Min, int Max, string Key)
{
    public bool Contains(int value) => value >= Min && value <= Max;

    public void Check(int value) => DomainException.ThrowIf(!Contains(value), Key, Min, Max);
}
