using FluentValidation;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Application.Master;

/// <summary>The form's own checks (the same keys as the store's rules, so the message is the same wherever it is caught).</summary>
internal sealed class StoreInputValidator : AbstractValidator<StoreInput>
{
    public StoreInputValidator()
    {
        RuleFor(x => x.Code).NotEmpty().WithMessage("Store_Error_CodeRequired");
        RuleFor(x => x.Code).MaximumLength(Store.CodeMaxLength).WithMessage("Store_Error_CodeTooLong")
            .WithState(_ => new object[] { Store.CodeMaxLength });
        RuleFor(x => x.Name).NotEmpty().WithMessage("Store_Error_NameRequired");
        RuleFor(x => x.Name).MaximumLength(Store.NameMaxLength).WithMessage("Store_Error_NameTooLong")
            .WithState(_ => new object[] { Store.NameMaxLength });
        RuleFor(x => x.Address).MaximumLength(Store.AddressMaxLength).WithMessage("Store_Error_Address")
            .WithState(_ => new object[] { Store.AddressMaxLength });
        RuleFor(x => x.Region).NotEmpty().WithMessage("Store_Error_RegionRequired");
        RuleFor(x => x.Region).MaximumLength(Store.RegionMaxLength).WithMessage("Store_Error_RegionTooLong")
            .WithState(_ => new object[] { Store.RegionMaxLength });
        RuleFor(x => x.Latitude).Must(v => v is >= -90 and <= 90).WithMessage("Store_Error_Latitude");
        RuleFor(x => x.Longitude).Must(v => v is >= -180 and <= 180).WithMessage("Store_Error_Longitude");
        RuleFor(x => x.RadiusMeters).InclusiveBetween(Store.MinRadiusMeters, Store.MaxRadiusMeters).WithMessage("Store_Error_Radius")
            .WithState(_ => new object[] { Store.MinRadiusMeters, Store.MaxRadiusMeters });
        RuleFor(x => x.MinDwellMinutes).InclusiveBetween(0, Store.MaxDwellMinutes).WithMessage("Store_Error_Dwell")
            .WithState(_ => new object[] { Store.MaxDwellMinutes });
    }
}
