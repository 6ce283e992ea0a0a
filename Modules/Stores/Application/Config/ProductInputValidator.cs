using FluentValidation;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Application.Config;

internal sealed class ProductInputValidator : AbstractValidator<ProductInput>
{
    public ProductInputValidator()
    {
        RuleFor(x => x.Sku).Must(s => !string.IsNullOrWhiteSpace(s) && s.Trim().Length <= NewProduct.SkuMaxLength)
            .WithMessage("Product_Error_Sku").WithState(_ => new object[] { NewProduct.SkuMaxLength });
        RuleFor(x => x.Name).Must(n => !string.IsNullOrWhiteSpace(n) && n.Trim().Length <= NewProduct.NameMaxLength)
            .WithMessage("Product_Error_Name").WithState(_ => new object[] { NewProduct.NameMaxLength });
        RuleFor(x => x.LaunchOn).Must((x, _) => x.Launch is not null).WithMessage("Config_Error_LaunchOn");
    }
}
