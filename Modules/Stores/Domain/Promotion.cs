using NodaTime;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Stores.Domain;

/// <summary>
/// A headquarters promotion stores must execute between two dates (inclusive), for every store or one region; each
/// store reports daily whether it executed it, with a photo when <see cref="PhotoRequired"/>.
/// </summary>
internal sealed class Promotion : IAuditable, IVersioned
{
    public const int CodeMaxLength = 30;
    public const int NameMaxLength = 100;
    public const int InstructionsMaxLength = 500;

    public Promotion(Guid id, string code, string name, string type, LocalDate startsOn, LocalDate endsOn, string? region)
    {
        Id = id;
        DomainException.ThrowIf(string.IsNullOrWhiteSpace(code) || code.Trim().Length > CodeMaxLength, "Promotion_Error_Code", CodeMaxLength);
        Code = code.Trim();
        Change(name, type, startsOn, endsOn, region, instructions: null, photoRequired: true);
        Active = true;
    }

    private Promotion()
    {
        // EF Core
    }

    public Guid Id { get; private set; }
    public string Code { get; private set; } = string.Empty;
    public string Name { get; private set; } = string.Empty;
    /// <summary>One of <see cref="PromotionType.All"/>.</summary>
    public string Type { get; private set; } = string.Empty;
    public LocalDate StartsOn { get; private set; }
    public LocalDate EndsOn { get; private set; }
    /// <summary>Null: every store; otherwise only the stores of this region.</summary>
    public string? Region { get; private set; }
    public string? Instructions { get; private set; }
    public bool PhotoRequired { get; private set; }
    public bool Active { get; private set; }
    public int Version { get; set; }

    public string AuditId => Code;

    public bool AppliesTo(Store store, LocalDate day) =>
        Active && day >= StartsOn && day <= EndsOn && (Region is null || Region == store.Region);

    public void Change(string name, string type, LocalDate startsOn, LocalDate endsOn, string? region, string? instructions, bool photoRequired)
    {
        DomainException.ThrowIf(string.IsNullOrWhiteSpace(name) || name.Trim().Length > NameMaxLength, "Promotion_Error_Name", NameMaxLength);
        DomainException.ThrowIf(!PromotionType.IsKnown(type), "Promotion_Error_Type");
        DomainException.ThrowIf(endsOn < startsOn, "Promotion_Error_Dates");
        DomainException.ThrowIf(instructions?.Trim().Length > InstructionsMaxLength, "Promotion_Error_Instructions", InstructionsMaxLength);
        Name = name.Trim();
        Type = type;
        StartsOn = startsOn;
        EndsOn = endsOn;
        Region = string.IsNullOrWhiteSpace(region) ? null : region.Trim();
        Instructions = string.IsNullOrWhiteSpace(instructions) ? null : instructions.Trim();
        PhotoRequired = photoRequired;
    }

    public void SetActive(bool active) => Active = active;
}
