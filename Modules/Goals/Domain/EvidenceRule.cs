using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Goals.Domain;

/// <summary>Whose action an evidence event proves: the record's owner (the salesperson) or the person who acted on it.</summary>
internal enum CreditTo
{
    Owner,
    Actor,
}

/// <summary>
/// An evidence standard: which event counts for a key action, with optional conditions on the fact's value (objective,
/// stage reached, role…), its number (at least), its flag, the minimum attachments, whether only key customers count,
/// and (for coaching) that the actor must not be the record's owner. Validated against <see cref="EvidenceCatalog"/>.
/// </summary>
internal sealed record EvidenceRule(
    string EventType,
    string? Value = null,
    int? MinNumber = null,
    bool? Flag = null,
    int MinAttachments = 0,
    CreditTo CreditTo = CreditTo.Owner,
    bool KeyCustomersOnly = false,
    bool ActorNotOwner = false)
{
    public const int ValueMaxLength = 100;

    /// <summary>Throws a <see cref="DomainException"/> with the reason a rule cannot be kept (the catalogue is the law).</summary>
    public EvidenceRule Validated()
    {
        var source = EvidenceCatalog.Find(EventType) ?? throw new DomainException("Evidence_Error_UnknownEvent", EventType ?? "");
        var value = string.IsNullOrWhiteSpace(Value) ? null : Value.Trim();
        DomainException.ThrowIf(value is not null && source.ValueMeaning is null, "Evidence_Error_NoValue", source.EventType);
        DomainException.ThrowIf(value?.Length > ValueMaxLength, "Evidence_Error_ValueLength", ValueMaxLength);
        DomainException.ThrowIf(value is not null && source.Values.Count > 0 && !source.Values.Contains(value), "Evidence_Error_UnknownValue",
            value ?? "", string.Join(", ", source.Values));
        DomainException.ThrowIf(MinNumber is not null && source.NumberMeaning is null, "Evidence_Error_NoNumber", source.EventType);
        DomainException.ThrowIf(MinNumber is < 0 or > 100_000, "Evidence_Error_Number");
        DomainException.ThrowIf(Flag is not null && source.FlagMeaning is null, "Evidence_Error_NoFlag", source.EventType);
        DomainException.ThrowIf(MinAttachments is < 0 or > 20, "Evidence_Error_Attachments");
        DomainException.ThrowIf(MinAttachments > 0 && !source.HasAttachments, "Evidence_Error_NoAttachments", source.EventType);
        DomainException.ThrowIf((CreditTo == CreditTo.Actor || ActorNotOwner) && !source.HasActor, "Evidence_Error_NoActor", source.EventType);
        return this with { Value = value };
    }

    /// <summary>
    /// The person this fact counts for under the rule, or null when it does not match. <paramref name="isKeyCustomer"/>
    /// answers for the fact's customer.
    /// </summary>
    public Guid? Match(EvidenceFact fact, Func<Guid, bool> isKeyCustomer)
    {
        if (!string.Equals(fact.EventType, EventType, StringComparison.Ordinal))
        {
            return null;
        }
        if (Value is not null && !string.Equals(fact.Value?.Trim(), Value, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        if (MinNumber is { } min && (fact.Number ?? 0) < min)
        {
            return null;
        }
        if (Flag is { } flag && fact.Flag != flag)
        {
            return null;
        }
        if (fact.Attachments < MinAttachments)
        {
            return null;
        }
        if (KeyCustomersOnly && (fact.CustomerId is not { } customer || !isKeyCustomer(customer)))
        {
            return null;
        }
        if (ActorNotOwner && (fact.ActorId is null || fact.OwnerId is null || fact.ActorId == fact.OwnerId))
        {
            return null;
        }
        return CreditTo == CreditTo.Actor ? fact.ActorId : fact.OwnerId;
    }
}
